import Link from "next/link";
import type { Role } from "@/lib/auth/roles";
import { overviewRuleChanges } from "@/lib/operations/replay-rules";
import { loadPanel, Panel } from "@/components/overview/panel";

const frame = { id: "rule-changes", title: "Rule changes" };

/**
 * What changed in the rules: the rule-set versions that took effect in the period (the overview's "from" date, else
 * the last year) and how many lines of the checks in force the rules before it would give another status. The
 * count is a replay of at most the newest OVERVIEW_REPLAY_CAP checks, kept per process until a check is recorded or
 * the list changes; it streams in its own boundary, so the rest of the overview never waits for it.
 */
export async function RuleChangesPanel({ role, since }: { role: Role; since: string | null }) {
  return loadPanel(
    () => overviewRuleChanges(role, since),
    (o) => (
      <Panel {...frame} action={{ href: "/replay", label: "Rule replay" }}>
        {o.versions.length ? (
          <>
            <ul className="small" aria-label="Rule-set versions in force since the period began">
              {o.versions.map((v) => (
                <li key={v.id}>
                  <time dateTime={v.id}>{v.id}</time>: {v.label}
                </li>
              ))}
            </ul>
            <p>
              <Link href={o.href}>
                {o.replay!.linesChanged} {o.replay!.linesChanged === 1 ? "line" : "lines"} would change status
              </Link>{" "}
              under the rules in force on {o.previous.asOf} (rule set {o.previous.id})
              {o.replay!.linesChanged
                ? `, for ${o.replay!.customers} ${o.replay!.customers === 1 ? "customer" : "customers"} and ${o.replay!.boms} ${o.replay!.boms === 1 ? "BOM" : "BOMs"}`
                : ""}
              .
              <span className="small muted">
                {" "}
                {o.replay!.checks < o.replay!.checksInForce
                  ? `Counted over the newest ${o.replay!.checks} of the ${o.replay!.checksInForce} checks in force; the replay page runs them all.`
                  : `Counted over all ${o.replay!.checksInForce} checks in force.`}
              </span>
            </p>
          </>
        ) : (
          <p className="muted">
            No rule-set version took effect since {o.since}; the rules in force are rule set {o.previous.id} (
            {o.previous.label}). <Link href="/replay">Replay the checks in force</Link> against an earlier rule set.
          </p>
        )}
      </Panel>
    ),
    frame,
  );
}
