// The story an auditor follows: list versions as they arrived (and what each changed), the company's own
// screening decisions and BOM checks, newest first. Pure.
export type ListDiffCounts = { added: number; removed: number; changed: number; policyChanged?: number };
export type TimelineEvent = {
  at: Date;
  kind: "list" | "decision" | "determination";
  title: string;
  detail: string;
  href: string | null;
};

export function describeDiff(d: ListDiffCounts | null): string {
  if (!d) return "first version: nothing to compare with";
  const parts = [`${d.added} added`, `${d.removed} removed`, `${d.changed} changed`];
  if (d.policyChanged) parts.push(`${d.policyChanged} licence policy changed`);
  return parts.join(", ");
}

export const statusLabels: Record<string, string> = {
  current: "made current",
  superseded: "superseded since",
  quarantined: "quarantined",
  rejected: "rejected",
};

export function listEvent(v: {
  id: string;
  label: string;
  status: string;
  createdAt: Date;
  diff: ListDiffCounts | null;
  quarantineReason?: string | null;
}): TimelineEvent {
  const status = statusLabels[v.status] ?? v.status;
  return {
    at: v.createdAt,
    kind: "list",
    title: `List version ${v.label} (${status})`,
    detail:
      v.status === "quarantined" && v.quarantineReason
        ? `${describeDiff(v.diff)}; held: ${v.quarantineReason}`
        : describeDiff(v.diff),
    href: `/imports/lists/${v.id}`,
  };
}

/** A compliance decision on a hit, as the timeline tells it. */
export type RecordedDecision = {
  at: Date;
  partyName: string;
  listedName: string;
  decision: string;
  by: string;
  note: string;
  matchId: string | null;
};

export function decisionEvent(d: RecordedDecision): TimelineEvent {
  return {
    at: d.at,
    kind: "decision",
    title: `${d.partyName}: ${d.decision} against ${d.listedName}`,
    detail: `${d.by}: ${d.note}`,
    href: d.matchId ? `/screening/hits/${d.matchId}` : null,
  };
}

export const outcomeLabels: Record<string, string> = {
  nlr: "no licence required",
  authorised: "authorised",
  licence_required: "licence required",
  blocked: "blocked",
  needs_classification: "needs classification",
};

/** A recorded BOM check, as the timeline tells it. */
export type RecordedCheck = {
  id: string;
  at: Date;
  bomId: string;
  bomName: string;
  buyerName: string;
  destination: string;
  outcome: string;
  by: string | null;
};

export function determinationEvent(d: RecordedCheck): TimelineEvent {
  return {
    at: d.at,
    kind: "determination",
    title: `${d.bomName} to ${d.buyerName} (${d.destination}): ${outcomeLabels[d.outcome] ?? d.outcome}`,
    detail: d.by ? `checked by ${d.by}` : "checked",
    href: `/boms/${d.bomId}/determinations/${d.id}`,
  };
}

/** All events newest first (ties in a stable order), at most `limit`. */
export function mergeTimeline(groups: readonly (readonly TimelineEvent[])[], limit = 50): TimelineEvent[] {
  const order = { list: 0, decision: 1, determination: 2 } as const;
  return groups
    .flat()
    .sort((a, b) => b.at.getTime() - a.at.getTime() || order[a.kind] - order[b.kind] || a.title.localeCompare(b.title))
    .slice(0, limit);
}
