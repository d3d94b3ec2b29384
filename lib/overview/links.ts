// Where each overview figure leads: the detail table with the same filter applied, so the number on the card
// and the rows in the table agree. The table kit keeps its state in the URL as `<prefix>f.<column>` facets and
// `<prefix>q` text filters (components/data-table). Pure.
import { filterQuery, type OverviewFilters } from "./filters";

function withParams(path: string, base: string, params: Record<string, string | null | undefined>, hash = ""): string {
  const p = new URLSearchParams(base.startsWith("?") ? base.slice(1) : base);
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  return `${path}${p.size ? `?${p}` : ""}${hash}`;
}

/** The screening hits table (prefix "h"), narrowed to the overview's destination and customer. */
export function hitsHref(
  f: Pick<OverviewFilters, "destination">,
  facets: { queue?: string; expiry?: string; country?: string; partyName?: string | null } = {},
): string {
  return withParams(
    "/screening",
    "",
    {
      "hf.queue": facets.queue,
      "hf.expiry": facets.expiry,
      "hf.partyCountry": facets.country ?? f.destination,
      hq: facets.partyName,
    },
    "#parties-heading",
  );
}

/** The BOM exposure tables: current checks (prefix "c") and flagged lines (prefix "l"), under the same filters. */
export function exposureHref(
  f: OverviewFilters,
  facets: { status?: string; customer?: string; destination?: string; productLine?: string; part?: string } = {},
  table: "checks" | "lines" = "lines",
): string {
  return withParams(
    "/boms/exposure",
    filterQuery(f),
    {
      "lf.status": facets.status,
      "lf.customer": facets.customer,
      "lf.destination": facets.destination,
      "lf.productLine": facets.productLine,
      "lf.part": facets.part,
    },
    table === "lines" ? "#lines-heading" : "#checks-heading",
  );
}

export const lineStatusLabels = { blocked: "blocked", licence_required: "licence required" } as const;
