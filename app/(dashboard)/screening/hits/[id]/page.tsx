import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { decisionHistory, getMatch } from "@/lib/data/decisions";
import { decisionLabels, decisionState, describeDecisionState } from "@/lib/screening/decisions";
import type { Band } from "@/lib/screening/types";
import { BandBadge } from "@/components/screening/band-badge";
import { DecisionForm } from "@/components/screening/decision-form";
import { ExplanationView } from "@/components/screening/explanation-view";
import { PageHeader } from "@/components/ui/page-header";
import { recordDecisionAction } from "./actions";
import { SimpleTable } from "@/components/ui/simple-table";

export const metadata: Metadata = { title: "Screening hit" };

export default async function HitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireArea("screening", `/screening/hits/${id}`);
  const hit = await getMatch(id);
  if (!hit) notFound();
  const history = hit.partyId ? await decisionHistory(hit.partyId, hit.entryKey) : [];
  const standing = history[0] ?? null;
  const state = decisionState(standing, hit.entryHash, new Date());
  return (
    <>
      <p className="small">
        <Link href="/screening">← Screening</Link>
      </p>
      <PageHeader title={`${hit.partyName} ↔ ${hit.listedName}`}>
        <BandBadge band={hit.band} /> score {hit.score} on the {hit.sourceCode} entry · party in{" "}
        {hit.partyCountry ?? "an unknown country"}
      </PageHeader>
      {hit.partyId ? (
        <p className="small">
          <Link href={`/screening/parties/${hit.partyId}`}>The party: its owners and ultimate parent</Link>
        </p>
      ) : null}
      {hit.partyId && can(user.role, "audit:read") ? (
        <p className="small">
          <a href={`/api/v1/audit/pack?party=${hit.partyId}`}>Export the party's audit pack</a>
        </p>
      ) : null}

      <section aria-labelledby="why-heading">
        <h2 id="why-heading">Why it matched</h2>
        <ExplanationView e={hit.explanation} score={hit.score} />
      </section>

      <section aria-labelledby="entry-heading">
        <h2 id="entry-heading">The listed entry</h2>
        <dl className="explain">
          <dt>List</dt>
          <dd>{hit.entry.source}</dd>
          <dt>Addresses</dt>
          <dd>{hit.entry.addresses ?? "—"}</dd>
          <dt>Licence requirement</dt>
          <dd>{hit.entry.licenseRequirement ?? "—"}</dd>
          <dt>Licence review policy</dt>
          <dd>{hit.entry.licensePolicy ?? "—"}</dd>
          <dt>Federal Register</dt>
          <dd>
            {hit.entry.federalRegisterNotice ?? "—"}
            {hit.entry.startDate ? `, from ${hit.entry.startDate}` : ""}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">Decision</h2>
        <p role="status" aria-label="Decision state">
          <span
            className={state.state === "reopened" ? "badge review" : state.state === "decided" ? "badge ok" : "badge"}
          >
            {describeDecisionState(state)}
          </span>
        </p>
        {hit.partyId && can(user.role, "screening:decide") ? (
          <DecisionForm
            matchId={hit.id}
            expectedVersion={standing?.version ?? 0}
            band={hit.band as Band}
            action={recordDecisionAction}
          />
        ) : hit.partyId ? null : (
          <p className="small muted">This hit came from a one-off search; decisions are recorded on stored parties.</p>
        )}
        {history.length ? (
          <SimpleTable
            label="Decision history"
            columns={["When (UTC)", "Who", "Decision", "Note", "Expires", "Entry as decided"]}
          >
            {history.map((d) => (
              <tr key={d.id}>
                <td>{d.decidedAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                <td>{d.decidedBy}</td>
                <td>{decisionLabels[d.decision]}</td>
                <td>{d.note}</td>
                <td>{d.expiresAt ? d.expiresAt.toISOString().slice(0, 10) : "—"}</td>
                <td>{d.entryHash === hit.entryHash ? "same as now" : "since changed"}</td>
              </tr>
            ))}
          </SimpleTable>
        ) : null}
      </section>
    </>
  );
}
