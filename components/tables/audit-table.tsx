"use client";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";

export type AuditTableRow = {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entity: string;
  change: string;
};

const h = columnHelper<AuditTableRow>();
const columns = h.columns([
  h.accessor("seq", { header: "#" }),
  h.accessor("at", { header: "When (UTC)" }),
  h.accessor("actor", { header: "Who" }),
  h.accessor("action", { header: "What" }),
  h.accessor("entityType", { header: "Kind" }),
  h.accessor("entity", { header: "Record" }),
  h.accessor("change", {
    header: "What changed",
    // one line per field (lib/audit/describe-change), wrapped rather than cut off
    cell: (c) => <span className="small pre-line">{c.getValue()}</span>,
  }),
]);

export function AuditTable({ data }: { data: AuditTableRow[] }) {
  return (
    <DataTable
      label="Audit log"
      columns={columns}
      data={data}
      numeric={["seq"]}
      filterPlaceholder="Filter the audit log…"
      facets={[
        { id: "actor", label: "Who" },
        { id: "action", label: "What" },
        { id: "entityType", label: "Kind" },
      ]}
    />
  );
}
