import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { exposure } from "../../_overview/data";
import { filterQuery, hasFilters, parseOverviewFilters, type SearchParams } from "@/lib/overview/filters";
import { formatMoney } from "@/lib/overview/format";
import { lineStatusLabels } from "@/lib/overview/links";
import { outcomeLabels } from "@/lib/overview/timeline";
import { ChecksTable, ExposureLinesTable, type CheckRow, type LineRow } from "@/components/tables/exposure-tables";
import { windowRows } from "@/lib/tables/window";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "BOM exposure" };

const LINES_SHOWN = 500;

export default async function ExposurePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireArea("boms", "/boms/exposure");
  const params = await searchParams;
  const { filters, problems } = parseOverviewFilters(params);
  const { determinations, lines, rollup } = await exposure(filters);
  const perDet = new Map<string, { blocked: number; licence: number }>();
  for (const line of lines) {
    const n =
      perDet.get(line.determinationId) ??
      perDet.set(line.determinationId, { blocked: 0, licence: 0 }).get(line.determinationId)!;
    if (line.status === "blocked") n.blocked++;
    else n.licence++;
  }
  const checks: CheckRow[] = determinations.map((d) => {
    const n = perDet.get(d.id) ?? { blocked: 0, licence: 0 };
    // the check's own outcome: a check whose lines all need classification is not "clear"
    const outcome = d.outcome ?? (n.blocked ? "blocked" : n.licence ? "licence_required" : "nlr");
    return {
      id: d.id,
      bomId: d.bomId,
      bomName: d.bomName,
      customer: d.buyerName,
      destination: d.destination,
      productLine: d.productLine ?? "(no product line)",
      outcome: outcomeLabels[outcome] ?? outcome,
      blocked: n.blocked,
      licence: n.licence,
      checkedAt: d.createdAt.toISOString().slice(0, 16).replace("T", " "),
    };
  });
  const all = lines.map((x) => ({
    key: `${x.determinationId}-${x.bomLineId}`,
    determinationId: x.determinationId,
    bomId: x.bomId,
    bomName: x.bomName,
    lineNo: x.lineNo,
    part: x.part,
    mpn: x.mpn ?? "",
    eccn: x.eccn ?? "—",
    status: lineStatusLabels[x.status],
    customer: x.customer,
    destination: x.destination,
    productLine: x.productLine,
    quantity: x.quantity,
    valueMinor: x.valueMinor ?? 0,
    unpriced: x.valueMinor == null,
    currency: x.currency,
  }));
  // thousands of lines: the server sends the first LINES_SHOWN by the table's URL state, the largest value first
  const lineWindow = windowRows(all, params.lsort ? params : { ...params, lsort: "valueMinor.desc" }, {
    param: "l",
    columns: [
      "bomName",
      "lineNo",
      "part",
      "eccn",
      "status",
      "customer",
      "destination",
      "productLine",
      "quantity",
      "valueMinor",
    ],
    facets: ["status", "customer", "destination", "productLine", "part"],
    limit: LINES_SHOWN,
  });
  const { rows: shown, ...lineCounts } = lineWindow;
  const rows: LineRow[] = shown.map(({ currency, unpriced, ...x }) => ({
    ...x,
    value: unpriced ? "—" : formatMoney(x.valueMinor, currency ?? rollup.currency),
  }));
  return (
    <>
      <PageHeader title="BOM exposure">
        The newest check per BOM, customer and destination, and every line in them that is blocked or needs a licence.
        Checks as of a past date record what applied then; they are on each BOM's page, not in this exposure.
      </PageHeader>
      <p className="small">
        <Link href={`/${filterQuery(filters)}`}>Back to the overview</Link>
        {hasFilters(filters) ? (
          <>
            {" "}
            · filtered:{" "}
            {Object.entries(filters)
              .filter(([, v]) => v)
              .map(([k, v]) => `${k} ${v}`)
              .join(", ")}{" "}
            · <Link href="/boms/exposure">clear</Link>
          </>
        ) : null}
      </p>
      {problems.length ? (
        <p className="error-text small" role="alert">
          {problems.join(" ")}
        </p>
      ) : null}
      <section aria-labelledby="checks-heading">
        <h2 id="checks-heading">Checks in force</h2>
        {checks.length ? (
          <ChecksTable data={checks} />
        ) : (
          <EmptyState title="No BOM checks" action={{ href: "/boms", label: "BOMs" }}>
            Check a BOM for a customer and destination first.
          </EmptyState>
        )}
      </section>
      <section aria-labelledby="lines-heading">
        <h2 id="lines-heading">Blocked and licence-required lines</h2>
        {lineCounts.total ? (
          <ExposureLinesTable data={rows} window={lineCounts} />
        ) : (
          <p className="muted">No line is blocked or needs a licence in these checks.</p>
        )}
      </section>
    </>
  );
}
