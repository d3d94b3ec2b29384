import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { listAudit } from "@/lib/data/audit";
import { AuditTable, type AuditTableRow } from "@/components/tables/audit-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Audit" };

const brief = (v: unknown) => (v == null ? "—" : JSON.stringify(v).slice(0, 160));

export default async function AuditPage() {
  await requireArea("audit", "/audit");
  const rows: AuditTableRow[] = (await listAudit(1000)).map((r) => ({
    seq: r.seq,
    at: r.at.toISOString().replace("T", " ").slice(0, 19),
    actor: r.actorEmail ?? "system",
    action: r.action,
    entity: `${r.entityType}${r.entityId ? ` ${r.entityId}` : ""}`,
    change: `${brief(r.before)} → ${brief(r.after)}`,
  }));
  return (
    <>
      <PageHeader title="Audit">Append-only and hash-chained: who changed what, when, before and after.</PageHeader>
      {rows.length ? <AuditTable data={rows} /> : <EmptyState title="No audit entries yet" />}
    </>
  );
}
