// Money is integer minor units (BigInt) with its currency: never float arithmetic on currency.

const plainAmount = /^(\d{1,11})(?:\.(\d{1,4}))?$/;

/**
 * The same as toMinorUnits, as a Number when it is exact (up to 11 whole digits and 4 decimals: below
 * 2^53): the hot path of a BOM import, which stores integers and need not pay for a BigInt per line.
 */
export function toMinorUnitsNumber(amount: string, decimals = 2): number | bigint {
  const m = decimals <= 4 ? plainAmount.exec(amount) : null;
  if (!m) return toMinorUnits(amount, decimals);
  const frac = m[2] ?? "";
  if (frac.length > decimals) return toMinorUnits(amount, decimals);
  return Number(m[1]) * 10 ** decimals + (frac ? Number(frac) * 10 ** (decimals - frac.length) : 0);
}

/** "25000.00" -> 2500000n; "1,250.5" -> 125050n. Throws on anything that is not a plain decimal amount. */
export function toMinorUnits(amount: string, decimals = 2): bigint {
  const s = amount.replace(/[,\s]/g, "");
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new RangeError(`"${amount}" is not an amount (expected digits with an optional decimal point)`);
  const [, sign, whole, frac = ""] = m;
  if (frac.length > decimals && /[1-9]/.test(frac.slice(decimals)))
    throw new RangeError(`"${amount}" has more than ${decimals} decimal places`);
  const minor =
    BigInt(whole!) * 10n ** BigInt(decimals) + BigInt((frac + "0".repeat(decimals)).slice(0, decimals) || "0");
  return sign ? -minor : minor;
}

/** 2500000n -> "25,000.00" */
export function formatMinor(minor: bigint, decimals = 2): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const base = 10n ** BigInt(decimals);
  const whole = (abs / base).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = decimals ? `.${(abs % base).toString().padStart(decimals, "0")}` : "";
  return `${negative ? "-" : ""}${whole}${frac}`;
}
