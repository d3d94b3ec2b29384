"use client";
import type { BomLineRow } from "@/lib/data/area-row-types";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";

const h = columnHelper<BomLineRow>();
const columns = h.columns([
  h.accessor("lineNo", { header: "#" }),
  h.accessor("references", { header: "References", cell: (c) => <span className="small">{c.getValue() ?? ""}</span> }),
  h.accessor("manufacturer", { header: "Manufacturer", cell: (c) => c.getValue() ?? "—" }),
  h.accessor("mpn", { header: "MPN", cell: (c) => c.getValue() ?? "—" }),
  h.accessor("description", { header: "Description", cell: (c) => c.getValue() ?? "—" }),
  h.accessor("quantity", { header: "Qty" }),
  h.accessor("eccn", {
    header: "ECCN (as given)",
    cell: (c) => c.getValue() ?? <span className="muted">not given</span>,
  }),
  h.accessor("dnp", { header: "Fitted", cell: (c) => (c.getValue() ? <span className="badge">DNP</span> : "yes") }),
]);

export function BomLinesTable({ data }: { data: BomLineRow[] }) {
  return (
    <DataTable
      label="BOM lines"
      columns={columns}
      data={data}
      numeric={["lineNo", "quantity"]}
      filterPlaceholder="Filter lines…"
    />
  );
}
