import "server-only";
// The stored parties' standing hits that a new list version must not remove or weaken silently: every hit of
// the latest finished screening run not decided a false positive, and every standing confirmed-match decision.
import { db } from "../db";
import type { ProtectedHit } from "../lists/protected-entries";
import { decisionState } from "../screening/decisions";
import type { Explanation } from "../screening/types";
import { latestDecisions, pairKey } from "./decisions";

export async function protectedHits(now: Date = new Date()): Promise<ProtectedHit[]> {
  const run = await db().screeningRun.findFirst({
    where: { status: "succeeded" },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  const matches = run
    ? await db().screeningMatch.findMany({
        where: { runId: run.id, partyId: { not: null } },
        select: {
          partyId: true,
          entryKey: true,
          entryHash: true,
          matchedName: true,
          explanation: true,
          party: { select: { name: true } },
          entry: { select: { name: true } },
        },
      })
    : [];
  const confirmed = await db().complianceDecision.findMany({
    where: { supersededAt: null, decision: "confirmed-match" },
    select: { partyId: true, entryKey: true, party: { select: { name: true } } },
  });
  const decisions = await latestDecisions(matches.map((m) => ({ partyId: m.partyId!, entryKey: m.entryKey })));
  const out = new Map<string, ProtectedHit>();
  for (const m of matches) {
    const state = decisionState(decisions.get(pairKey(m.partyId!, m.entryKey)) ?? null, m.entryHash, now);
    if (state.state === "decided" && state.decision.decision === "false-positive") continue;
    const ex = m.explanation as Partial<Explanation> | null;
    out.set(pairKey(m.partyId!, m.entryKey), {
      partyName: m.party?.name ?? "",
      entryKey: m.entryKey,
      listedName: m.entry.name,
      matchedName: ex?.matchedName ?? m.matchedName,
      standing:
        state.state === "decided" && state.decision.decision === "confirmed-match" ? "confirmed match" : "open hit",
      usedAddress: (ex?.address?.effect ?? 0) > 0 || (ex?.country?.effect ?? 0) > 0,
    });
  }
  for (const d of confirmed) {
    const k = pairKey(d.partyId, d.entryKey);
    if (!out.has(k))
      out.set(k, {
        partyName: d.party.name,
        entryKey: d.entryKey,
        listedName: "",
        matchedName: null,
        standing: "confirmed match",
        usedAddress: false,
      });
  }
  return [...out.values()];
}
