"use client";
import Link from "next/link";
import type { PartyRow } from "@/lib/data/area-row-types";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import type { RowWindowCounts } from "@/lib/tables/window";
import { DemoBadge } from "@/components/ui/page-header";

const h = columnHelper<PartyRow>();
const columns = h.columns([
  h.accessor("name", {
    header: "Name",
    cell: (c) => (
      <>
        <Link href={`/screening/parties/${c.row.original.id}`}>{c.getValue()}</Link>{" "}
        {c.row.original.isDemo ? <DemoBadge /> : null}
      </>
    ),
  }),
  h.accessor("kind", { header: "Kind" }),
  h.accessor("country", { header: "Country", cell: (c) => c.getValue() ?? "—" }),
]);

export function PartiesTable({ data, window }: { data: PartyRow[]; window?: RowWindowCounts }) {
  return (
    <DataTable
      window={window}
      label="Parties"
      columns={columns}
      data={data}
      param="p"
      filterPlaceholder="Filter parties…"
    />
  );
}
