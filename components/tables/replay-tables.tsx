"use client";
// The rule-change replay's changed lines: status, rule and citation before and after, by customer and BOM.
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";

export type ReplayLineRow = {
  key: string;
  customer: string;
  bomId: string;
  determinationId: string;
  bomName: string;
  productLine: string;
  destination: string;
  lineNo: number;
  part: string;
  eccn: string;
  from: string;
  fromRule: string;
  to: string;
  toRule: string;
  change: "stricter" | "looser";
  valueMinor: number;
  value: string;
};

const r = columnHelper<ReplayLineRow>();
const columns = r.columns([
  r.accessor("customer", { header: "Customer" }),
  r.accessor("bomName", {
    header: "BOM",
    cell: (x) => (
      <Link href={`/boms/${x.row.original.bomId}/determinations/${x.row.original.determinationId}`}>
        {x.getValue()}
      </Link>
    ),
  }),
  r.accessor("productLine", { header: "Product line" }),
  r.accessor("destination", { header: "Destination" }),
  r.accessor("lineNo", { header: "Line" }),
  r.accessor("part", { header: "Part" }),
  r.accessor("eccn", { header: "ECCN" }),
  r.accessor("from", { header: "Status now" }),
  r.accessor("fromRule", { header: "Rule now" }),
  r.accessor("to", {
    header: "Status replayed",
    cell: (x) => (
      <span className={x.row.original.change === "stricter" ? "badge match" : "badge ok"}>{x.getValue()}</span>
    ),
  }),
  r.accessor("toRule", { header: "Rule replayed" }),
  r.accessor("valueMinor", { header: "Value", cell: (x) => x.row.original.value }),
]);

export function ReplayLinesTable({ data }: { data: ReplayLineRow[] }) {
  return (
    <DataTable
      label="Lines whose status would change"
      columns={columns}
      data={data}
      param="r"
      numeric={["lineNo", "valueMinor"]}
      filterPlaceholder="Filter lines…"
      facets={[
        { id: "customer", label: "Customer" },
        { id: "bomName", label: "BOM" },
        { id: "to", label: "Status replayed" },
      ]}
    />
  );
}
