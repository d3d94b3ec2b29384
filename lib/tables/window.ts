// A large table's rows are filtered, sorted and cut on the server, so the browser receives a window of them
// instead of all of them (14,000 exposure lines are 6 MB of page). The window reads the same URL state the shared
// table writes (components/data-table: ?<p>q=, ?<p>sort=, ?<p>f.<facet>=) and applies the same rules: the filter text
// is a case-insensitive substring of any listed column, a facet is an exact value, sorting compares numbers as
// numbers and text in the user's order. The browser then sorts and filters the window the same way.
import { parseSortParam } from "./sort-param";

export type SearchParamsLike = Record<string, string | string[] | undefined>;

export type WindowSpec<Row> = {
  /** the URL parameter prefix of the table (the `param` prop of DataTable) */
  param: string;
  /** fields the filter text searches and sorting may use: the table's columns */
  columns: (keyof Row & string)[];
  /** fields offered as exact-value selects */
  facets: (keyof Row & string)[];
  /** at most this many rows reach the browser */
  limit: number;
};

export type RowWindow<Row> = {
  rows: Row[];
  /** rows before filtering */
  total: number;
  /** rows that match the filter and facets (of which `rows` are the first `limit`) */
  matching: number;
  limit: number;
  /** every value each facet takes in the unfiltered rows, so the selects list them all */
  facetOptions: Record<string, string[]>;
};

/** A facet with more values than this offers its most frequent ones (the filter box still finds the rest). */
export const MAX_FACET_OPTIONS = 100;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
const text = (v: unknown) => (v == null ? "" : String(v));
const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

function compare(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(text(a), text(b));
}

/** What the browser's table is told about the window it shows. */
export type RowWindowCounts = Omit<RowWindow<object>, "rows">;

export function windowRows<Row extends object>(
  all: readonly Row[],
  params: SearchParamsLike,
  spec: WindowSpec<Row>,
): RowWindow<Row> {
  const field = (r: Row, id: string) => (r as Record<string, unknown>)[id];
  const q = one(params[`${spec.param}q`]).trim().toLowerCase();
  const facetValues = spec.facets
    .map((id) => [id, one(params[`${spec.param}f.${id}`])] as const)
    .filter(([, v]) => v !== "");
  const sort = parseSortParam(one(params[`${spec.param}sort`]) || null).filter((s) =>
    spec.columns.includes(s.id as keyof Row & string),
  );
  let rows = all.filter(
    (r) =>
      facetValues.every(([id, v]) => text(field(r, id)) === v) &&
      (!q || spec.columns.some((id) => text(field(r, id)).toLowerCase().includes(q))),
  );
  if (sort.length)
    rows = [...rows].sort((a, b) => {
      for (const s of sort) {
        const d = compare(field(a, s.id), field(b, s.id));
        if (d) return s.desc ? -d : d;
      }
      return 0;
    });
  const facetOptions = Object.fromEntries(
    spec.facets.map((id) => {
      const values = [...new Set(all.map((r) => text(field(r, id))).filter(Boolean))].sort(collator.compare);
      if (values.length <= MAX_FACET_OPTIONS) return [id, values];
      // a select of thousands of parts helps nobody: the most frequent values, and the one chosen
      const chosen = one(params[`${spec.param}f.${id}`]);
      const counts = new Map<string, number>();
      for (const r of all) counts.set(text(field(r, id)), (counts.get(text(field(r, id))) ?? 0) + 1);
      const top = values.sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, MAX_FACET_OPTIONS);
      return [id, [...new Set([...top, ...(chosen ? [chosen] : [])])].sort(collator.compare)];
    }),
  );
  return { rows: rows.slice(0, spec.limit), total: all.length, matching: rows.length, limit: spec.limit, facetOptions };
}
