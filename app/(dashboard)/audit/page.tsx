import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { listAudit, verifyAuditChain } from "@/lib/data/audit";
import { describeChange, recordLabel } from "@/lib/audit/describe-change";
import { actionsForKind, auditKinds, isAuditKind } from "@/lib/audit/event-kinds";
import { AuditTable, type AuditTableRow } from "@/components/tables/audit-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string; to?: string; kind?: string }>;
}) {
  await requireArea("audit", "/audit");
  const { from, to, kind } = await searchParams;
  const [entries, chain] = await Promise.all([
    listAudit(5000, { from, to, actions: actionsForKind(kind) }),
    verifyAuditChain(),
  ]);
  const rows: AuditTableRow[] = entries.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString().replace("T", " ").slice(0, 19),
    actor: r.actorEmail ?? "system",
    action: r.action,
    entityType: r.entityType,
    entity: recordLabel(r.entityId ?? null, r.before, r.after),
    change: describeChange(r.before, r.after).join("\n"),
  }));
  return (
    <>
      <PageHeader title="Audit">Append-only and hash-chained: who changed what, when, before and after.</PageHeader>
      <p role="status" aria-label="Chain" className={chain.problems.length ? "error-text" : "small"}>
        {chain.problems.length
          ? `The hash chain is broken at ${chain.problems.length} entr${chain.problems.length > 1 ? "ies" : "y"}: run npx chokepoint audit verify.`
          : `Hash chain intact over ${chain.entries.toLocaleString("en-US")} entries.`}
      </p>
      <form className="toolbar" aria-label="Filter entries">
        <label className="small">
          Events{" "}
          <select name="kind" defaultValue={isAuditKind(kind) ? kind : ""}>
            <option value="">All entries</option>
            {Object.entries(auditKinds).map(([value, k]) => (
              <option key={value} value={value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label className="small">
          From <input type="date" name="from" defaultValue={from ?? ""} />
        </label>
        <label className="small">
          To <input type="date" name="to" defaultValue={to ?? ""} />
        </label>
        <button className="button secondary" type="submit">
          Show
        </button>
      </form>
      <p className="small muted">
        Audit packs: open a BOM determination or a screening hit and export its pack (the determination or decisions,
        the list and rule versions, and every audit entry about it).
      </p>
      {rows.length ? <AuditTable data={rows} /> : <EmptyState title="No audit entries match these filters" />}
    </>
  );
}
