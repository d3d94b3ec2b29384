"use client";
import type { ImportJobRow } from "@/lib/data/catalog";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";

const h = columnHelper<ImportJobRow>();
const columns = h.columns([
  h.accessor("createdAt", { header: "When", cell: (c) => new Date(c.getValue()).toISOString().slice(0, 16).replace("T", " ") }),
  h.accessor("kind", { header: "Kind" }),
  h.accessor("fileName", { header: "File" }),
  h.accessor("status", { header: "Status", cell: (c) => <span className={`badge ${c.getValue() === "succeeded" ? "ok" : c.getValue() === "failed" ? "danger" : ""}`}>{c.getValue()}</span> }),
  h.accessor("rowsImported", { header: "Rows" }),
  h.accessor("errorCount", { header: "Problems" }),
]);

export function ImportJobsTable({ data }: { data: ImportJobRow[] }) {
  return <DataTable label="Import history" columns={columns} data={data} numeric={["rowsImported", "errorCount"]} filterPlaceholder="Filter imports…" />;
}
