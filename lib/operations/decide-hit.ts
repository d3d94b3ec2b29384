import "server-only";
// A compliance officer decides a screening hit. A decision is never edited: a new one supersedes the latest,
// and `expectedVersion` makes two officers deciding the same hit at once see a conflict instead of overwriting.
import { hitForDecision, type NewDecision } from "../data/decisions";
import { AppError } from "../errors";
import { clearingNeedsConfirmation } from "../screening/decisions";
import type { Band } from "../screening/types";
import { appendAuditIn, inAuditedTransaction } from "../data/writes/audit-append";

/** Records a decision on a hit: supersedes the standing one (if its version is the one the officer saw) and audits both. */
export async function recordDecision(
  input: NewDecision,
  actor: { id: string; email: string },
): Promise<{ id: string; version: number }> {
  const match = await hitForDecision(input.matchId);
  if (!match) throw new AppError("NOT_FOUND", "No such screening hit.");
  if (!match.partyId)
    throw new AppError(
      "INVALID_INPUT",
      "Decisions are recorded on stored parties; this hit came from a one-off search.",
    );
  if (clearingNeedsConfirmation(match.band as Band, input.decision) && !input.confirmedClear)
    throw new AppError(
      "INVALID_INPUT",
      "This hit is in the match band: confirm that the party is not the listed one before clearing it as a false positive.",
    );
  const partyId = match.partyId;
  const conflict = () =>
    new AppError(
      "CONFLICT",
      "Someone else decided this hit meanwhile: reload to see their decision before recording yours.",
    );
  // the decision, the one it supersedes and the audit entry commit together
  return inAuditedTransaction(async (tx) => {
    const standing = await tx.complianceDecision.findFirst({
      where: { partyId, entryKey: match.entryKey, supersededAt: null },
      select: { id: true, version: true, decision: true, note: true, entryHash: true },
    });
    const seen = standing?.version ?? 0;
    if (seen !== input.expectedVersion) throw conflict();
    if (standing) {
      const superseded = await tx.complianceDecision.updateMany({
        where: { id: standing.id, supersededAt: null },
        data: { supersededAt: new Date() },
      });
      if (superseded.count !== 1) throw conflict();
    }
    const row = await tx.complianceDecision.create({
      data: {
        partyId,
        entryKey: match.entryKey,
        entryHash: match.entryHash,
        listVersionId: match.entry.listVersionId,
        decision: input.decision,
        note: input.note,
        decidedById: actor.id,
        expiresAt: input.expiresAt,
        version: seen + 1,
      },
      select: { id: true, version: true },
    });
    await appendAuditIn(tx, actor, {
      action: "decision.recorded",
      entityType: "party",
      entityId: partyId,
      before: standing
        ? {
            decision: standing.decision,
            note: standing.note,
            entryHash: standing.entryHash,
            version: standing.version,
          }
        : null,
      after: {
        decision: input.decision,
        note: input.note,
        expiresAt: input.expiresAt?.toISOString() ?? null,
        ...(input.confirmedClear ? { confirmedClearingAMatch: true } : {}),
        entryKey: match.entryKey,
        entryHash: match.entryHash,
        listVersionId: match.entry.listVersionId,
        matchId: input.matchId,
        version: row.version,
      },
    });
    return row;
  }).catch((e: unknown) => {
    // two first decisions at once both read "no decision yet"; the unique (party, entry, version) keeps one
    if ((e as { code?: unknown })?.code === "P2002") throw conflict();
    throw e;
  });
}
