"use client";
import type { FinancialRow } from "@/lib/data/area-row-types";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import { formatMinor } from "@/lib/money";

const h = columnHelper<FinancialRow>();
const money = (minor: string) => formatMinor(BigInt(minor) / 100n, 0);
const columns = h.columns([
  h.accessor("productLine", { header: "Product line" }),
  h.accessor("segment", { header: "Segment" }),
  h.accessor("period", { header: "Period" }),
  h.accessor("revenueMinor", { header: "Revenue", cell: (c) => `${money(c.getValue())} ${c.row.original.currency}` }),
  h.accessor("costMinor", { header: "Cost", cell: (c) => `${money(c.getValue())} ${c.row.original.currency}` }),
  h.accessor("isEstimate", {
    header: "Basis",
    cell: (c) => (c.getValue() ? <span className="badge demo">demo estimate</span> : "reported"),
  }),
]);

export function FinancialsTable({ data }: { data: FinancialRow[] }) {
  return (
    <DataTable
      label="Product-line financials"
      columns={columns}
      data={data}
      numeric={["revenueMinor", "costMinor"]}
      filterPlaceholder="Filter lines…"
    />
  );
}
