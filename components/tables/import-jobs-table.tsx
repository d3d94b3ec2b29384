"use client";
import Link from "next/link";
import type { ImportJobRow } from "@/lib/data/area-row-types";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";

const h = columnHelper<ImportJobRow>();
// a quarantined import is neither a success nor a failure: it waits for an administrator
const statusBadge: Record<string, string> = { succeeded: "ok", running: "", quarantined: "review" };
const resultHref = (r: ImportJobRow) =>
  r.resultType === "list-version"
    ? `/imports/lists/${r.resultId}`
    : r.resultType === "bom"
      ? `/boms/${r.resultId}`
      : null;
const columns = h.columns([
  h.accessor("createdAt", { header: "When (UTC)", cell: (c) => c.getValue().slice(0, 16).replace("T", " ") }),
  h.accessor("who", { header: "Who" }),
  h.accessor("kind", {
    header: "Kind",
    cell: (c) => `${c.getValue()}${c.row.original.format ? ` / ${c.row.original.format}` : ""}`,
  }),
  h.accessor("fileName", {
    header: "File",
    cell: (c) => <span title={`SHA-256 ${c.row.original.fileSha256}`}>{c.getValue()}</span>,
  }),
  h.accessor("status", {
    header: "Status",
    cell: (c) => <span className={`badge ${statusBadge[c.getValue()] ?? "danger"}`}>{c.getValue()}</span>,
  }),
  h.accessor("rowsRead", { header: "Read" }),
  h.accessor("rowsImported", { header: "Imported" }),
  h.accessor("rowsSkipped", { header: "Skipped" }),
  h.accessor("rowsInvalid", {
    header: "Invalid",
    cell: (c) =>
      c.getValue() || c.row.original.errorCount ? (
        <a href={`/api/v1/imports/${c.row.original.id}/errors`}>{c.getValue()} (CSV)</a>
      ) : (
        c.getValue()
      ),
  }),
  h.accessor("durationMs", {
    header: "Took",
    cell: (c) => (c.getValue() == null ? "—" : `${(c.getValue()! / 1000).toFixed(1)} s`),
  }),
  h.accessor("resultId", {
    header: "Result",
    cell: (c) => {
      const href = resultHref(c.row.original);
      return href ? <Link href={href}>{c.row.original.resultType}</Link> : (c.row.original.resultType ?? "—");
    },
  }),
]);

export function ImportJobsTable({ data }: { data: ImportJobRow[] }) {
  return (
    <DataTable
      label="Import history"
      columns={columns}
      data={data}
      param="h"
      numeric={["rowsRead", "rowsImported", "rowsSkipped", "rowsInvalid", "durationMs"]}
      filterPlaceholder="Filter imports…"
    />
  );
}
