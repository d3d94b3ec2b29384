"use client";
import Link from "next/link";
import type { ListVersionRow } from "@/lib/data/area-row-types";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";

const h = columnHelper<ListVersionRow>();
const columns = h.columns([
  h.accessor("label", {
    header: "Version",
    cell: (c) => <Link href={`/imports/lists/${c.row.original.id}`}>{c.getValue()}</Link>,
  }),
  h.accessor("listKind", { header: "List" }),
  h.accessor("status", {
    header: "Status",
    cell: (c) => (
      <span
        className={`badge ${c.getValue() === "current" ? "ok" : c.getValue() === "quarantined" || c.getValue() === "rejected" ? "danger" : ""}`}
      >
        {c.getValue()}
      </span>
    ),
  }),
  h.accessor("publishedOn", { header: "Published", cell: (c) => c.getValue() ?? "—" }),
  h.accessor("entryCount", { header: "Entries" }),
  h.accessor("diff", {
    header: "Changes",
    enableSorting: false,
    cell: (c) => {
      const d = c.getValue();
      return d ? `+${d.added} −${d.removed} ~${d.changed}` : "first version";
    },
  }),
  h.accessor("createdAt", { header: "Imported (UTC)", cell: (c) => c.getValue().slice(0, 16).replace("T", " ") }),
]);

export function ListVersionsTable({ data }: { data: ListVersionRow[] }) {
  return (
    <DataTable
      label="List versions"
      columns={columns}
      data={data}
      param="v"
      numeric={["entryCount"]}
      filterPlaceholder="Filter versions…"
    />
  );
}
