"use client";
import type { PartyRow } from "@/lib/data/area-row-types";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import { DemoBadge } from "@/components/ui/page-header";

const h = columnHelper<PartyRow>();
const columns = h.columns([
  h.accessor("name", {
    header: "Name",
    cell: (c) => (
      <>
        {c.getValue()} {c.row.original.isDemo ? <DemoBadge /> : null}
      </>
    ),
  }),
  h.accessor("kind", { header: "Kind" }),
  h.accessor("country", { header: "Country", cell: (c) => c.getValue() ?? "—" }),
]);

export function PartiesTable({ data }: { data: PartyRow[] }) {
  return <DataTable label="Parties" columns={columns} data={data} param="p" filterPlaceholder="Filter parties…" />;
}
