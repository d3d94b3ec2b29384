// Whether a compliance officer's decision on a hit still stands. A decision is made about one listed entry as
// it read on the day: when the entry changes in a later list version (its content hash differs) or the
// decision's expiry passes, the hit is open again and says why. `now` is passed in, never read here.
import type { Band, ScreeningStatus } from "./types";

export const decisionKinds = ["false-positive", "confirmed-match", "escalated"] as const;
export type DecisionKind = (typeof decisionKinds)[number];
export const decisionLabels: Record<DecisionKind, string> = {
  "false-positive": "False positive",
  "confirmed-match": "Confirmed match",
  escalated: "Escalated",
};

/**
 * Clearing a hit in the match band (calling it a false positive) lifts what the listing blocks for that party, so
 * the officer confirms it in so many words: a note typed and Record pressed must not clear a match by a default.
 */
export function clearingNeedsConfirmation(band: Band, decision: DecisionKind): boolean {
  return band === "match" && decision === "false-positive";
}

export type DecisionRecord = {
  id: string;
  decision: DecisionKind;
  note: string;
  entryHash: string;
  decidedAt: Date;
  decidedBy: string;
  expiresAt: Date | null;
  version: number;
};

export type DecisionState =
  | { state: "open" }
  | { state: "decided"; decision: DecisionRecord }
  | { state: "reopened"; reason: "expired" | "entry-changed"; decision: DecisionRecord };

export function decisionState(latest: DecisionRecord | null, currentEntryHash: string, now: Date): DecisionState {
  if (!latest) return { state: "open" };
  if (latest.entryHash !== currentEntryHash) return { state: "reopened", reason: "entry-changed", decision: latest };
  if (latest.expiresAt && latest.expiresAt.getTime() <= now.getTime())
    return { state: "reopened", reason: "expired", decision: latest };
  return { state: "decided", decision: latest };
}

export function describeDecisionState(s: DecisionState): string {
  if (s.state === "open") return "Open";
  const what = decisionLabels[s.decision.decision];
  if (s.state === "decided") return what;
  return s.reason === "expired"
    ? `Reopened: the ${what.toLowerCase()} decision expired`
    : `Reopened: the listed entry changed since it was decided ${what.toLowerCase()}`;
}

/**
 * A party's status once decisions are applied: a hit decided false positive no longer counts, a confirmed
 * match is a match whatever its score, anything open or reopened counts as screened.
 */
export function effectiveStatus(hits: readonly { band: Band; decision: DecisionState }[]): ScreeningStatus {
  let status: ScreeningStatus = "clear";
  for (const h of hits) {
    if (h.decision.state === "decided" && h.decision.decision.decision === "false-positive") continue;
    if (h.band === "match" || (h.decision.state === "decided" && h.decision.decision.decision === "confirmed-match"))
      return "match";
    status = "review";
  }
  return status;
}

/** Where a hit sits in the officers' work: awaiting a decision (open or reopened) or decided one way. */
export type HitQueue = "awaiting decision" | "confirmed match" | "false positive" | "escalated";
export function hitQueue(s: DecisionState): HitQueue {
  if (s.state !== "decided") return "awaiting decision";
  return decisionLabels[s.decision.decision].toLowerCase() as HitQueue;
}

export const EXPIRY_WARNING_DAYS = 30;
/** A standing decision whose expiry falls within the next `days`: it will reopen the hit unless renewed. */
export function expiresSoon(s: DecisionState, now: Date, days = EXPIRY_WARNING_DAYS): boolean {
  if (s.state !== "decided" || !s.decision.expiresAt) return false;
  return s.decision.expiresAt.getTime() - now.getTime() <= days * 86_400_000;
}
