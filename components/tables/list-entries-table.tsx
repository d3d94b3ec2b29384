"use client";
import type { ListedEntryRow } from "@/lib/data/area-row-types";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import type { RowWindowCounts } from "@/lib/tables/window";

const h = columnHelper<ListedEntryRow>();
const columns = h.columns([
  h.accessor("sourceCode", { header: "List" }),
  h.accessor("name", { header: "Listed name" }),
  h.accessor("countries", { header: "Countries" }),
  h.accessor("startDate", { header: "Listed on", cell: (c) => c.getValue() ?? "—" }),
  h.accessor("licensePolicy", { header: "Licence policy", cell: (c) => c.getValue() ?? "—" }),
]);

export function ListEntriesTable({ data, window }: { data: ListedEntryRow[]; window?: RowWindowCounts }) {
  return (
    <DataTable
      window={window}
      label="Listed entries"
      columns={columns}
      data={data}
      param="e"
      filterPlaceholder="Filter listed names…"
    />
  );
}
