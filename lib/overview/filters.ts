import { COUNTRY_CODE } from "../country-code";
// The overview's filters, kept in the URL so a link reproduces the view: a date range (inclusive, UTC days), a
// destination country, a customer (party id) and a product line (id). Pure.
export type OverviewFilters = {
  from: string | null;
  to: string | null;
  destination: string | null;
  customer: string | null;
  productLine: string | null;
};
export type SearchParams = Record<string, string | string[] | undefined>;

export const noFilters: OverviewFilters = {
  from: null,
  to: null,
  destination: null,
  customer: null,
  productLine: null,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// ids are cuids; anything else in the URL is someone's typo or a probe, not a filter
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function one(sp: SearchParams, key: string): string | null {
  const v = sp[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : null;
}

function validDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Reads the filters; a value that is not valid is dropped and reported, never half-applied. */
export function parseOverviewFilters(sp: SearchParams): { filters: OverviewFilters; problems: string[] } {
  const problems: string[] = [];
  const filters: OverviewFilters = { ...noFilters };
  for (const key of ["from", "to"] as const) {
    const v = one(sp, key);
    if (v === null) continue;
    if (validDay(v)) filters[key] = v;
    else problems.push(`${key}: "${v}" is not a date (expected YYYY-MM-DD); ignored.`);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push(`from ${filters.from} is after to ${filters.to}; the range is ignored.`);
    filters.from = filters.to = null;
  }
  const destination = one(sp, "destination")?.toUpperCase() ?? null;
  if (destination !== null) {
    if (COUNTRY_CODE.test(destination)) filters.destination = destination;
    else problems.push(`destination: "${destination}" is not a two-letter country code; ignored.`);
  }
  for (const key of ["customer", "productLine"] as const) {
    const v = one(sp, key);
    if (v === null) continue;
    if (ID.test(v)) filters[key] = v;
    else problems.push(`${key}: "${v.slice(0, 40)}" is not an id; ignored.`);
  }
  return { filters, problems };
}

/** The query string for these filters (with a leading "?", or "" when none is set). */
export function filterQuery(f: OverviewFilters): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  return p.size ? `?${p}` : "";
}

export function hasFilters(f: OverviewFilters): boolean {
  return Object.values(f).some(Boolean);
}

/** The date range as instants: from the start of `from` to the end of `to` (UTC). */
export function dateBounds(f: OverviewFilters): { gte?: Date; lt?: Date } {
  const out: { gte?: Date; lt?: Date } = {};
  if (f.from) out.gte = new Date(`${f.from}T00:00:00Z`);
  if (f.to) out.lt = new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000);
  return out;
}
