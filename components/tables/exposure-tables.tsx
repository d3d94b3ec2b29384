"use client";
// The BOM exposure drill-down: the checks in force and their blocked and licence-required lines. The overview's
// cards and charts link here with the same facets, so their numbers are these tables' row counts.
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import type { RowWindowCounts } from "@/lib/tables/window";

export type CheckRow = {
  id: string;
  bomId: string;
  bomName: string;
  customer: string;
  destination: string;
  productLine: string;
  outcome: string;
  blocked: number;
  licence: number;
  checkedAt: string;
};
export type LineRow = {
  key: string;
  determinationId: string;
  bomId: string;
  bomName: string;
  lineNo: number;
  part: string;
  mpn: string;
  eccn: string;
  status: string;
  customer: string;
  destination: string;
  productLine: string;
  quantity: number;
  value: string;
  valueMinor: number;
};

const c = columnHelper<CheckRow>();
const checkColumns = c.columns([
  c.accessor("bomName", {
    header: "BOM",
    cell: (x) => <Link href={`/boms/${x.row.original.bomId}/determinations/${x.row.original.id}`}>{x.getValue()}</Link>,
  }),
  c.accessor("customer", { header: "Customer" }),
  c.accessor("destination", { header: "Destination" }),
  c.accessor("productLine", { header: "Product line" }),
  c.accessor("outcome", { header: "Outcome" }),
  c.accessor("blocked", { header: "Blocked lines" }),
  c.accessor("licence", { header: "Licence-required lines" }),
  c.accessor("checkedAt", { header: "Checked (UTC)" }),
]);

export function ChecksTable({ data }: { data: CheckRow[] }) {
  return (
    <DataTable
      label="BOM checks in force"
      columns={checkColumns}
      data={data}
      param="c"
      numeric={["blocked", "licence"]}
      filterPlaceholder="Filter checks…"
      facets={[
        { id: "customer", label: "Customer" },
        { id: "destination", label: "Destination" },
        { id: "outcome", label: "Outcome" },
      ]}
    />
  );
}

const l = columnHelper<LineRow>();
const lineColumns = l.columns([
  l.accessor("bomName", {
    header: "BOM",
    cell: (x) => (
      <Link href={`/boms/${x.row.original.bomId}/determinations/${x.row.original.determinationId}`}>
        {x.getValue()}
      </Link>
    ),
  }),
  l.accessor("lineNo", { header: "Line" }),
  l.accessor("part", { header: "Part" }),
  l.accessor("eccn", { header: "ECCN" }),
  l.accessor("status", {
    header: "Status",
    cell: (x) => <span className={x.getValue() === "blocked" ? "badge match" : "badge review"}>{x.getValue()}</span>,
  }),
  l.accessor("customer", { header: "Customer" }),
  l.accessor("destination", { header: "Destination" }),
  l.accessor("productLine", { header: "Product line" }),
  l.accessor("quantity", { header: "Qty" }),
  l.accessor("valueMinor", { header: "Value", cell: (x) => x.row.original.value }),
]);

export function ExposureLinesTable({ data, window }: { data: LineRow[]; window?: RowWindowCounts }) {
  return (
    <DataTable
      window={window}
      label="Blocked and licence-required lines"
      columns={lineColumns}
      data={data}
      param="l"
      numeric={["lineNo", "quantity", "valueMinor"]}
      filterPlaceholder="Filter lines…"
      facets={[
        { id: "status", label: "Status" },
        { id: "customer", label: "Customer" },
        { id: "destination", label: "Destination" },
        { id: "productLine", label: "Product line" },
        { id: "part", label: "Part" },
      ]}
    />
  );
}
