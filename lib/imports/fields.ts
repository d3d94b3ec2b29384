import { COUNTRY_CODE, COUNTRY_CODE_EXPECTED } from "../country-code";
// Field-level checks shared by the row validators. Each returns the clean value or what was expected.
export type Check<T> = { ok: true; value: T } | { ok: false; expected: string };

// Empty optional fields are the common case: one shared result instead of an allocation per cell.
const OK_NULL: Check<null> = Object.freeze({ ok: true, value: null });
const ok = <T>(value: T): Check<T> => (value === null ? (OK_NULL as Check<T>) : { ok: true, value });
const bad = (expected: string): Check<never> => ({ ok: false, expected });

/** A cell that would run as a spreadsheet formula when the data is opened in Excel (OWASP CSV injection). */
export function isFormula(value: string): boolean {
  const c = value.charCodeAt(0);
  // = @ tab CR start a formula; + and - only when letters or a bracket follow ("-40 to 85 C" is text)
  if (c === 61 || c === 64 || c === 9 || c === 13) return true;
  return (c === 43 || c === 45) && /^[+-]\s*[A-Za-z(]/.test(value);
}

export function checkText(raw: string | null, { required = false, max = 2000 } = {}): Check<string | null> {
  const v = raw === null ? "" : raw.trim();
  if (!v) return required ? bad("a value (this column is required)") : ok(null);
  if (isFormula(v)) return bad("plain text, not a spreadsheet formula");
  if (v.length > max) return bad(`at most ${max} characters`);
  return ok(v);
}

// Thousands separators: commas (or, in amounts, spaces) between groups of three digits. Anything else with a
// comma is refused, not guessed: "1,5" may be a decimal comma, and reading it as 15 would be silently wrong.
const commaGrouped = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const spaceGrouped = /^-?\d{1,3}( \d{3})+(\.\d+)?$/;
const GROUPING = "(a comma only between thousands, as in 1,250)";

/** The number without its thousands separators, or null when a separator is not between thousands. */
function ungrouped(v: string, spaces: boolean): string | null {
  if (!v.includes(",") && !(spaces && v.includes(" "))) return v;
  return commaGrouped.test(v) || (spaces && spaceGrouped.test(v)) ? v.replace(/[, ]/g, "") : null;
}

export function checkWholeNumber(raw: string | null, { min = 0 } = {}): Check<number | null> {
  const trimmed = (raw ?? "").trim();
  if (!trimmed) return ok(null);
  const v = ungrouped(trimmed, false);
  if (v === null) return bad(`a whole number${min >= 0 ? " of 0 or more" : ""} ${GROUPING}`);
  if (!/^-?\d+$/.test(v)) return bad(`a whole number${min >= 0 ? " of 0 or more" : ""}`);
  const n = Number(v);
  if (n < min || !Number.isSafeInteger(n)) return bad(`a whole number of ${min} or more`);
  return ok(n);
}

/** A decimal amount; returned as its canonical string for toMinorUnits. */
const plainAmount = /^\d{1,15}(\.\d{1,4})?$/;

export function checkAmount(raw: string | null, { negative = false, decimals = 2 } = {}): Check<string | null> {
  // most cells are plain amounts: accept them without copying the string
  if (raw && plainAmount.test(raw) && (raw.length - raw.indexOf(".") - 1 <= decimals || !raw.includes(".")))
    return ok(raw);
  const trimmed = (raw ?? "").trim();
  if (!trimmed) return ok(null);
  const v = ungrouped(trimmed, true);
  if (v === null) return bad(`an amount such as 1250.50 ${GROUPING}`);
  if (!/^-?\d+(\.\d+)?$/.test(v)) return bad("an amount such as 1250.50");
  const frac = v.split(".")[1] ?? "";
  if (frac.length > decimals && /[1-9]/.test(frac.slice(decimals)))
    return bad(`an amount with at most ${decimals} decimal places`);
  if (!negative && v.startsWith("-")) return bad("an amount of 0 or more");
  return ok(v);
}

export function checkPercent(raw: string | null): Check<number | null> {
  const v = (raw ?? "").trim().replace(/%$/, "");
  if (!v) return ok(null);
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || n > 100) return bad("a percentage from 0 to 100");
  return ok(n);
}

export function checkCountry(raw: string | null): Check<string | null> {
  const v = (raw ?? "").trim().toUpperCase();
  if (!v) return ok(null);
  return COUNTRY_CODE.test(v) ? ok(v) : bad(COUNTRY_CODE_EXPECTED);
}

export function checkCurrency(raw: string | null, { required = false } = {}): Check<string | null> {
  const v = (raw ?? "").trim().toUpperCase();
  if (!v) return required ? bad("a three-letter currency code such as USD") : ok(null);
  return /^[A-Z]{3}$/.test(v) ? ok(v) : bad("a three-letter currency code such as USD or CNY");
}

/** EAR99, or an ECCN such as 3A090.a, 5A992.c, 4A994.l. */
export function checkEccn(raw: string | null): Check<string | null> {
  const v = (raw ?? "").trim().toUpperCase();
  if (!v) return ok(null);
  if (v === "EAR99") return ok(v);
  const m = /^(EAR99|\d[A-E]\d{3}(\.[A-Z0-9]+)*)$/.exec(v);
  if (!m) return bad("an ECCN such as 3A090.a or EAR99");
  // Sub-paragraph letters are lower case in the Commerce Control List.
  return ok(v === "EAR99" ? v : v.slice(0, 5) + v.slice(5).toLowerCase());
}

export function checkOneOf<T extends string>(raw: string | null, values: readonly T[], fallback?: T): Check<T> {
  const v = (raw ?? "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if (!v && fallback) return ok(fallback);
  const hit = values.find((x) => x === v);
  return hit ? ok(hit) : bad(`one of ${values.join(", ")}`);
}

/** YYYY or YYYY-Qn */
export function checkPeriod(raw: string | null): Check<string> {
  const v = (raw ?? "").trim().toUpperCase().replace(/\s+/g, "");
  return /^\d{4}(-Q[1-4])?$/.test(v) ? ok(v) : bad("a period: a year (2024) or a quarter (2024-Q3)");
}

/** A US HTS code: 4 to 10 digits, dotted (8542.31.0000) or not (8542310000). */
export function checkHts(raw: string | null): Check<string | null> {
  const v = (raw ?? "").trim();
  if (!v) return ok(null);
  return /^\d{4}(\.?\d{2}){0,3}$/.test(v) ? ok(v) : bad("an HTS code such as 8542.31.0000");
}

/** A calendar date written YYYY-MM-DD. */
export function checkDate(raw: string | null, { required = false } = {}): Check<string | null> {
  const v = (raw ?? "").trim();
  if (!v) return required ? bad("a date such as 2026-03-01 (this column is required)") : ok(null);
  const d = new Date(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v
    ? ok(v)
    : bad("a date such as 2026-03-01 (YYYY-MM-DD)");
}
