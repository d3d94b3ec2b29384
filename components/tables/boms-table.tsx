"use client";
import Link from "next/link";
import type { BomRow } from "@/lib/data/area-row-types";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import { DemoBadge } from "@/components/ui/page-header";

const h = columnHelper<BomRow>();
const columns = h.columns([
  h.accessor("name", {
    header: "BOM",
    cell: (c) => (
      <>
        <Link href={`/boms/${c.row.original.id}`}>{c.getValue()}</Link> {c.row.original.isDemo ? <DemoBadge /> : null}
      </>
    ),
  }),
  h.accessor("product", { header: "Product", cell: (c) => c.getValue() ?? "—" }),
  h.accessor("format", { header: "Format", cell: (c) => c.getValue() ?? "—" }),
  h.accessor("lines", { header: "Lines" }),
  h.accessor("sourceNote", {
    header: "Source",
    cell: (c) => <span className="small muted">{c.getValue() ?? ""}</span>,
  }),
]);

export function BomsTable({ data }: { data: BomRow[] }) {
  return (
    <DataTable
      label="Bills of materials"
      columns={columns}
      data={data}
      numeric={["lines"]}
      filterPlaceholder="Filter BOMs…"
    />
  );
}
