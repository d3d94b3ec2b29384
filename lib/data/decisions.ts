import "server-only";
// Compliance decisions on screening hits. A decision is never edited: a new one supersedes the latest, and
// `expectedVersion` makes two officers deciding the same hit at once see a conflict instead of overwriting.
import { db } from "../db";
import {
  decisionKinds,
  decisionState,
  describeDecisionState,
  expiresSoon,
  hitQueue,
  type DecisionKind,
  type DecisionRecord,
} from "../screening/decisions";
import type { Explanation } from "../screening/types";
import { emailsByUserId } from "./users";
import { runHits } from "./screening-runs";
import type { DecidedHitRow } from "./screening-hit-types";

const pairKey = (partyId: string, entryKey: string) => `${partyId}|${entryKey}`;

function toRecord(
  d: {
    id: string;
    decision: string;
    note: string;
    entryHash: string;
    decidedAt: Date;
    expiresAt: Date | null;
    version: number;
    decidedById: string;
  },
  emails: Map<string, string>,
): DecisionRecord {
  return {
    id: d.id,
    decision: (decisionKinds as readonly string[]).includes(d.decision) ? (d.decision as DecisionKind) : "escalated",
    note: d.note,
    entryHash: d.entryHash,
    decidedAt: d.decidedAt,
    expiresAt: d.expiresAt,
    version: d.version,
    decidedBy: emails.get(d.decidedById) ?? d.decidedById,
  };
}

/** What a decision record is read with (toRecord). */
const decisionRecordSelect = {
  id: true,
  decision: true,
  note: true,
  entryHash: true,
  decidedAt: true,
  expiresAt: true,
  version: true,
  decidedById: true,
} as const;

/** The standing (latest, not superseded) decision for each party and listed entry asked about. */
export async function latestDecisions(
  pairs: readonly { partyId: string; entryKey: string }[],
): Promise<Map<string, DecisionRecord>> {
  if (pairs.length === 0) return new Map();
  const rows = await db().complianceDecision.findMany({
    where: { supersededAt: null, partyId: { in: [...new Set(pairs.map((p) => p.partyId))] } },
    select: { ...decisionRecordSelect, partyId: true, entryKey: true },
  });
  const emails = await emailsByUserId(rows.map((r) => r.decidedById));
  return new Map(rows.map((r) => [pairKey(r.partyId, r.entryKey), toRecord(r, emails)]));
}

export { pairKey };

export async function decisionHistory(partyId: string, entryKey: string): Promise<DecisionRecord[]> {
  const rows = await db().complianceDecision.findMany({
    where: { partyId, entryKey },
    orderBy: { decidedAt: "desc" },
    select: decisionRecordSelect,
  });
  const emails = await emailsByUserId(rows.map((r) => r.decidedById));
  return rows.map((r) => toRecord(r, emails));
}

export type MatchDetail = {
  id: string;
  runId: string;
  partyId: string | null;
  partyName: string;
  partyCountry: string | null;
  partyAddress: string | null;
  entryId: string;
  entryKey: string;
  entryHash: string;
  listedName: string;
  sourceCode: string;
  score: number;
  band: string;
  explanation: Explanation;
  entry: {
    source: string;
    addresses: string | null;
    licenseRequirement: string | null;
    licensePolicy: string | null;
    federalRegisterNotice: string | null;
    startDate: string | null;
    listVersionId: string;
  };
};

export async function getMatch(id: string): Promise<MatchDetail | null> {
  const m = await db().screeningMatch.findUnique({
    where: { id },
    select: {
      id: true,
      runId: true,
      partyId: true,
      queryName: true,
      entryId: true,
      entryKey: true,
      entryHash: true,
      sourceCode: true,
      score: true,
      band: true,
      explanation: true,
      party: { select: { name: true, country: true, address: true } },
      entry: {
        select: {
          name: true,
          source: true,
          addresses: true,
          licenseRequirement: true,
          licensePolicy: true,
          federalRegisterNotice: true,
          startDate: true,
          listVersionId: true,
        },
      },
    },
  });
  if (!m) return null;
  return {
    id: m.id,
    runId: m.runId,
    partyId: m.partyId,
    partyName: m.party?.name ?? m.queryName,
    partyCountry: m.party?.country ?? null,
    partyAddress: m.party?.address ?? null,
    entryId: m.entryId,
    entryKey: m.entryKey,
    entryHash: m.entryHash,
    listedName: m.entry.name,
    sourceCode: m.sourceCode,
    score: m.score,
    band: m.band,
    explanation: m.explanation as Explanation,
    entry: {
      source: m.entry.source,
      addresses: m.entry.addresses,
      licenseRequirement: m.entry.licenseRequirement,
      licensePolicy: m.entry.licensePolicy,
      federalRegisterNotice: m.entry.federalRegisterNotice,
      startDate: m.entry.startDate,
      listVersionId: m.entry.listVersionId,
    },
  };
}

export type NewDecision = {
  matchId: string;
  decision: DecisionKind;
  note: string;
  expiresAt: Date | null;
  expectedVersion: number;
  /** the officer confirmed clearing a match (clearingNeedsConfirmation) */
  confirmedClear?: boolean;
};

/** What a decision records about the hit it is made on. */
export async function hitForDecision(matchId: string) {
  return db().screeningMatch.findUnique({
    where: { id: matchId },
    select: {
      partyId: true,
      entryKey: true,
      entryHash: true,
      band: true,
      run: { select: { listVersionId: true } },
      entry: { select: { listVersionId: true } },
    },
  });
}

/** A run's hits with the decision standing on each (or why it reopened), as of `now`. */
export async function hitsWithDecisions(runId: string, now: Date): Promise<DecidedHitRow[]> {
  const hits = await runHits(runId);
  const decisions = await latestDecisions(hits.map((h) => ({ partyId: h.partyId, entryKey: h.entryKey })));
  return hits.map((h) => {
    const latest = decisions.get(pairKey(h.partyId, h.entryKey)) ?? null;
    const state = decisionState(latest, h.entryHash, now);
    return {
      ...h,
      decision: describeDecisionState(state),
      decisionState: state.state,
      decisionVersion: latest?.version ?? 0,
      queue: hitQueue(state),
      expiry: expiresSoon(state, now) ? "expires within 30 days" : "",
    };
  });
}
