"use client";
import Link from "next/link";
import type { PartRow } from "@/lib/data/classification-types";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";

const h = columnHelper<PartRow>();
const base = [
  h.accessor("manufacturer", { header: "Manufacturer" }),
  h.accessor("product", { header: "Product" }),
  h.accessor("variant", { header: "Variant", cell: (c) => c.getValue() ?? "—" }),
  h.accessor("mpnPattern", { header: "MPN pattern", cell: (c) => (c.getValue() ? <code>{c.getValue()}</code> : "—") }),
  h.accessor("datacenter", { header: "Data centre", cell: (c) => (c.getValue() ? "yes" : "no") }),
  h.accessor("tpp", { header: "TPP", cell: (c) => c.getValue() ?? "—" }),
  h.accessor("dieAreaMm2", { header: "Die mm²", cell: (c) => c.getValue() ?? "—" }),
  h.accessor((r) => r.eccn ?? r.eccnFromThresholds ?? "", { id: "eccn", header: "ECCN (source)" }),
  h.accessor("sources", { header: "Sources", cell: (c) => <span className="small">{c.getValue() ?? "—"}</span> }),
];
const readOnly = h.columns(base);
const withEdit = h.columns([
  ...base,
  h.display({
    id: "edit",
    header: "",
    cell: (c) => <Link href={`/boms/catalogue?edit=${c.row.original.id}#add-part`}>Edit</Link>,
  }),
]);

export function PartsTable({ data, editable }: { data: PartRow[]; editable: boolean }) {
  return (
    <DataTable
      label="Parts catalogue"
      columns={editable ? withEdit : readOnly}
      data={data}
      param="c"
      numeric={["tpp", "dieAreaMm2"]}
      filterPlaceholder="Filter parts…"
    />
  );
}
