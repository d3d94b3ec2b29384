import type { Metadata } from "next";
import { baselineRegulation } from "@/lib/regs/baseline";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getDetermination } from "@/lib/data/determinations";
import { determinationListFreshness } from "@/lib/data/list-update-status";
import { stalenessMessage } from "@/lib/lists/update-policy";
import { formatMinor } from "@/lib/money";
import { listingDateLines } from "@/lib/rules/listing-dates";
import { isPastDateCheck } from "@/lib/overview/exposure";
import { lineStatuses, statusLabels } from "@/lib/rules/types";
import { DeterminationLinesTable } from "@/components/tables/determination-lines-table";
import { PrintButton } from "@/components/ui/print-button";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Licence determination" };

// the Country Chart and CCL the rules read: a version `regs update` loaded (its eCFR date), or the shipped baseline
const regulationTablesLine = (loaded: string | null | undefined) =>
  loaded
    ? `Regulation tables: the eCFR of ${loaded}, loaded by regs update.`
    : `Regulation tables: the shipped baseline (the eCFR as of ${baselineRegulation.id}).`;

export default async function DeterminationPage({ params }: { params: Promise<{ id: string; detId: string }> }) {
  const { id, detId } = await params;
  const user = await requireArea("boms", `/boms/${id}/determinations/${detId}`);
  const d = await getDetermination(detId);
  if (!d || d.bomId !== id) notFound();
  const freshness = await determinationListFreshness(d.id);
  const checkedOn = d.createdAt.toISOString().slice(0, 10);
  const pastDate = isPastDateCheck(d);
  const value = (status: (typeof lineStatuses)[number]) =>
    Object.entries(d.summary.valueByStatus[status] ?? {})
      .map(([cur, v]) => `${formatMinor(BigInt(v))} ${cur}`)
      .join(" + ");
  return (
    <>
      <p className="small no-print">
        <Link href={`/boms/${id}`}>← {d.bomName}</Link>
      </p>
      <PageHeader title={`${d.bomName}: ${statusLabels[d.outcome as keyof typeof statusLabels] ?? d.outcome}`}>
        For {d.buyerName} (screened against the list in force when checked: {d.buyerStatus}
        {d.hqCountry ? `, headquartered in ${d.hqCountry}` : ""}), shipping from {d.shipFrom} to {d.destination}, as of{" "}
        {d.asOf}.
      </PageHeader>
      {pastDate || d.buyerListings.length ? (
        <section aria-label="Dates" className="panel small">
          {pastDate ? (
            <p>
              <strong>A check as of a past date</strong> ({d.asOf}, checked on {checkedOn}): it records what applied
              then and is not part of the current exposure.
            </p>
          ) : null}
          {d.buyerListings.length ? (
            <ul aria-label="Buyer's listings">
              {listingDateLines(d.buyerListings, d.asOf).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      {freshness?.stale ? (
        <p className="error" role="alert" aria-label="Stale list">
          <strong>Made against a stale list.</strong> {stalenessMessage(freshness)}
        </p>
      ) : null}
      <section aria-label="Determination summary" className="cards">
        {lineStatuses.map((s) => (
          <div key={s} className="card" aria-label={statusLabels[s]}>
            <div className="small muted">{statusLabels[s]}</div>
            <div style={{ fontSize: "1.6rem", fontWeight: 650 }}>{d.summary.byStatus[s]}</div>
            {value(s) ? <div className="small">{value(s)}</div> : null}
          </div>
        ))}
      </section>
      <p className="small">
        Rules in force on {d.asOf}: {d.ruleSet.label} (rule set of {d.ruleSet.id}).{" "}
        {regulationTablesLine(d.regulationVersion)} List version: {d.listLabel ?? "(none)"}
        {d.listPublishedOn ? `, published ${d.listPublishedOn}` : ""}. Checked by {d.createdBy ?? "the CLI"} at{" "}
        {d.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC; printed by {user.email}.
      </p>
      <p className="toolbar no-print">
        <a className="button secondary" href={`/api/v1/determinations/${d.id}/export`}>
          Export CSV
        </a>
        <PrintButton label="Print report" />
        {can(user.role, "audit:read") ? (
          <a className="button secondary" href={`/api/v1/audit/pack?determination=${d.id}`}>
            Export audit pack
          </a>
        ) : null}
      </p>
      <DeterminationLinesTable lines={d.lines} />
    </>
  );
}
