"use client";
import type { StoredDetermination } from "@/lib/data/determination-types";
import { statusLabels } from "@/lib/rules/types";
import { ruleLabel } from "@/lib/rules/rule-labels";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";

type Row = StoredDetermination["lines"][number] & {
  statusLabel: string;
  ruleName: string;
  part: string;
  eccnFrom: string;
};
const statusClass: Record<string, string> = {
  blocked: "badge match",
  licence_required: "badge review",
  needs_classification: "badge related",
  authorised: "badge ok",
  nlr: "badge clear",
};

/** Where each ECCN came from, strongest first (lib/rules/line-facts.ts states the precedence). */
export const eccnSourceLabels: Record<string, string> = {
  override: "Override (compliance officer)",
  declaration: "Declaration (manufacturer or supplier)",
  bom: "BOM column",
  catalogue: "Catalogue",
};

const h = columnHelper<Row>();
const columns = h.columns([
  h.accessor("lineNo", { header: "Line" }),
  h.accessor("part", { header: "Part" }),
  h.accessor("quantity", { header: "Qty" }),
  h.accessor("statusLabel", {
    header: "Status",
    cell: (c) => <span className={statusClass[c.row.original.status]}>{c.getValue()}</span>,
  }),
  h.accessor("eccn", {
    header: "ECCN",
    cell: (c) => <span title={c.row.original.eccnWhy}>{c.getValue() ?? "—"}</span>,
  }),
  h.accessor("eccnFrom", { header: "ECCN from" }),
  h.accessor("citation", {
    header: "Rule and citation",
    cell: (c) => (
      <>
        <strong>{c.row.original.ruleName}</strong>
        <br />
        <span className="small">{c.getValue()}</span>
      </>
    ),
  }),
  h.accessor("reason", {
    header: "Why",
    cell: (c) => (
      <>
        {c.getValue()}
        {c.row.original.assumptions.length ? (
          <>
            <br />
            <span className="small muted">Assumed: {c.row.original.assumptions.join("; ")}</span>
          </>
        ) : null}
        <br />
        <span className="small muted">{c.row.original.eccnWhy}</span>
        {c.row.original.exceptions?.length ? (
          <div className="small" data-testid="licence-exceptions">
            <strong>Licence exceptions that may apply, if …</strong>
            <ul>
              {c.row.original.exceptions.map((e) => (
                <li key={e.symbol}>
                  <strong>{e.symbol}</strong> ({e.citation}): if {e.conditions}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </>
    ),
  }),
]);

export function DeterminationLinesTable({ lines }: { lines: StoredDetermination["lines"] }) {
  const data: Row[] = lines.map((l) => ({
    ...l,
    statusLabel: statusLabels[l.status],
    ruleName: ruleLabel(l.ruleId),
    eccnFrom: l.eccnSource ? (eccnSourceLabels[l.eccnSource] ?? l.eccnSource) : "—",
    part: [l.manufacturer, l.mpn, l.description].filter(Boolean).join(" · "),
  }));
  return (
    <DataTable
      label="Determination lines"
      columns={columns}
      data={data}
      param="d"
      numeric={["lineNo", "quantity"]}
      facets={[
        { id: "statusLabel", label: "Status" },
        { id: "ruleName", label: "Rule" },
      ]}
      filterPlaceholder="Filter lines…"
    />
  );
}
