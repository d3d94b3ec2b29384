// Money for dashboards: integer minor units shown in their currency, compact where space is short. Pure.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${currency}|${compact}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      "en-US",
      compact
        ? { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }
        : { style: "currency", currency, maximumFractionDigits: 0 },
    );
    formatters.set(key, f);
  }
  return f;
}

/** Minor units (cents) of `currency` for display; only the division for display leaves integers. */
export function formatMoney(minor: number, currency: string | null, compact = false): string {
  const code = currency && /^[A-Z]{3}$/.test(currency) ? currency : "USD";
  return formatter(code, compact).format(minor / 100);
}
