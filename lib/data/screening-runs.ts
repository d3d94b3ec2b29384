import "server-only";
// Screening every stored party against the lists in force, as a run with progress: started by a compliance
// officer, or automatically when a new list version becomes current. Parties are read a page at a time and
// their hits written in bulk, so a million parties screen without holding them all in memory.
import { db } from "../db";
import { AppError } from "../errors";
import {
  changedStatuses,
  statusChanges,
  type PartyOutcome,
  type StatusChange,
  type StatusOnlyChange,
} from "../screening/changes";
import type { SourceGroup } from "../screening/sources";
import { statusOf } from "../screening/screen";
import type { Band, Explanation } from "../screening/types";
import { diffVersions } from "./list-diff";
import type { RunHitRow } from "./screening-hit-types";

export type RunTrigger = "manual" | "list-version";
export type RunSummary = {
  id: string;
  trigger: string;
  status: string;
  partyCount: number;
  processed: number;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  listLabel: string;
  sources: SourceGroup[];
  thresholds: { match: number; review: number };
};

/** The stored parties, a page at a time in id order (after `cursor`), as screening reads them. */
export async function partiesPage(cursor: string | undefined, take: number) {
  return db().party.findMany({
    take,
    ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    orderBy: { id: "asc" },
    select: { id: true, name: true, country: true, address: true },
  });
}

export function partyCount(): Promise<number> {
  return db().party.count();
}

/** Decisions standing on an entry whose content this run found changed (reported once, by the run that finds them). */
export async function reopenedDecisions(
  runId: string,
): Promise<{ partyId: string; entryKey: string; decision: string; before: string; after: string }[]> {
  const matches = await db().screeningMatch.findMany({
    where: { runId, partyId: { not: null } },
    select: { partyId: true, entryKey: true, entryHash: true },
  });
  if (matches.length === 0) return [];
  const decisions = await db().complianceDecision.findMany({
    where: { supersededAt: null, partyId: { in: [...new Set(matches.map((m) => m.partyId!))] } },
    select: { partyId: true, entryKey: true, entryHash: true, decision: true },
  });
  const byPair = new Map(decisions.map((d) => [`${d.partyId}|${d.entryKey}`, d]));
  const out: { partyId: string; entryKey: string; decision: string; before: string; after: string }[] = [];
  for (const m of matches) {
    const d = byPair.get(`${m.partyId}|${m.entryKey}`);
    if (d && d.entryHash !== m.entryHash)
      out.push({
        partyId: m.partyId!,
        entryKey: m.entryKey,
        decision: d.decision,
        before: d.entryHash,
        after: m.entryHash,
      });
  }
  // only those this run is the first to see changed: an earlier run on the same entry hash already reported them
  const earlier = await db().screeningMatch.findMany({
    where: { runId: { not: runId }, entryHash: { in: out.map((o) => o.after) } },
    select: { partyId: true, entryHash: true },
  });
  const seen = new Set(earlier.map((e) => `${e.partyId}|${e.entryHash}`));
  return out.filter((o) => !seen.has(`${o.partyId}|${o.after}`));
}

type StoredRun = Omit<RunSummary, "listLabel" | "sources" | "thresholds"> & {
  sources: unknown;
  thresholds: unknown;
  listVersion: { label: string };
};

function summary({ listVersion, sources, thresholds, ...r }: StoredRun): RunSummary {
  return {
    ...r,
    listLabel: listVersion.label,
    sources: sources as SourceGroup[],
    thresholds: thresholds as RunSummary["thresholds"],
  };
}

const runSelect = {
  id: true,
  trigger: true,
  status: true,
  partyCount: true,
  processed: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  sources: true,
  thresholds: true,
  listVersion: { select: { label: true } },
} as const;

export async function latestRuns(take = 10): Promise<RunSummary[]> {
  return (await db().screeningRun.findMany({ orderBy: { createdAt: "desc" }, take, select: runSelect })).map(summary);
}

export async function screeningRunSummary(id: string): Promise<RunSummary | null> {
  const r = await db().screeningRun.findUnique({ where: { id }, select: runSelect });
  return r ? summary(r) : null;
}

/** Every hit of a run, one row per party and listed entry. */
export async function runHits(runId: string): Promise<RunHitRow[]> {
  const rows = await db().screeningMatch.findMany({
    where: { runId, partyId: { not: null } },
    orderBy: [{ score: "desc" }],
    select: {
      id: true,
      partyId: true,
      matchedName: true,
      sourceCode: true,
      score: true,
      band: true,
      entryKey: true,
      entryHash: true,
      party: { select: { name: true, kind: true, country: true } },
      entry: { select: { name: true, addressRows: { select: { country: true } } } },
    },
  });
  return rows.map((r) => ({
    matchId: r.id,
    partyId: r.partyId!,
    partyName: r.party?.name ?? "",
    partyKind: r.party?.kind ?? "",
    partyCountry: r.party?.country ?? null,
    listedName: r.entry.name,
    matchedName: r.matchedName,
    sourceCode: r.sourceCode,
    score: r.score,
    band: r.band as Band,
    entryKey: r.entryKey,
    entryHash: r.entryHash,
    countries: [...new Set(r.entry.addressRows.map((a) => a.country).filter(Boolean))].sort().join(", "),
  }));
}

async function outcomes(runId: string): Promise<PartyOutcome[]> {
  const rows = await db().screeningMatch.findMany({
    where: { runId, partyId: { not: null } },
    select: { partyId: true, band: true, entryKey: true, party: { select: { name: true } } },
  });
  const byParty = new Map<string, { name: string; bands: { band: Band }[]; keys: string[] }>();
  for (const r of rows) {
    const p =
      byParty.get(r.partyId!) ??
      byParty.set(r.partyId!, { name: r.party?.name ?? "", bands: [], keys: [] }).get(r.partyId!)!;
    p.bands.push({ band: r.band as Band });
    p.keys.push(r.entryKey);
  }
  return [...byParty].map(([partyId, p]) => ({
    partyId,
    partyName: p.name,
    status: statusOf(p.bands),
    entryKeys: p.keys,
  }));
}

/** Parties whose status changed between the two latest finished runs, with the list change behind each. */
async function lastTwoRuns() {
  const runs = await db().screeningRun.findMany({
    where: { status: "succeeded" },
    orderBy: { createdAt: "desc" },
    take: 2,
    select: { ...runSelect, listVersionId: true, internalVersionId: true },
  });
  return runs.length < 2 ? null : { to: runs[0]!, from: runs[1]! };
}

/** Parties whose status changed between the last two runs, each with the list diff entry that caused it. */
export async function whatChanged(): Promise<{ from: RunSummary; to: RunSummary; changes: StatusChange[] } | null> {
  const runs = await lastTwoRuns();
  if (!runs) return null;
  const { from, to } = runs;
  const diffs = await Promise.all([
    from.listVersionId !== to.listVersionId ? diffVersions(from.listVersionId, to.listVersionId) : null,
    from.internalVersionId && to.internalVersionId && from.internalVersionId !== to.internalVersionId
      ? diffVersions(from.internalVersionId, to.internalVersionId)
      : null,
  ]);
  const merged = diffs.filter((d) => d !== null).map((d) => d.diff);
  const diff = merged.length
    ? {
        added: merged.flatMap((d) => d.added),
        removed: merged.flatMap((d) => d.removed),
        changed: merged.flatMap((d) => d.changed),
        unchanged: 0,
      }
    : null;
  const [a, b] = await Promise.all([outcomes(from.id), outcomes(to.id)]);
  return { from: summary(from), to: summary(to), changes: statusChanges(a, b, diff) };
}

/**
 * The same status changes without their causes, for the overview and the digest, which count and name them:
 * explaining them diffs both list versions entry by entry, which these views need not pay for on every load.
 */
export async function statusChangesOfLastRun(): Promise<{
  from: RunSummary;
  to: RunSummary & { listVersionId: string };
  changes: StatusOnlyChange[];
} | null> {
  const runs = await lastTwoRuns();
  if (!runs) return null;
  const [a, b] = await Promise.all([outcomes(runs.from.id), outcomes(runs.to.id)]);
  return {
    from: summary(runs.from),
    to: { ...summary(runs.to), listVersionId: runs.to.listVersionId },
    changes: changedStatuses(a, b),
  };
}

export async function requireRun(id: string): Promise<RunSummary> {
  const run = await screeningRunSummary(id);
  if (!run) throw new AppError("NOT_FOUND", "No such screening run.");
  return run;
}

/** Each match of a run with the explanation stored when it was screened, by match id. */
export async function explanationsOfRun(runId: string): Promise<Map<string, Explanation>> {
  const matches = await db().screeningMatch.findMany({ where: { runId }, select: { id: true, explanation: true } });
  return new Map(matches.map((m) => [m.id, m.explanation as Explanation]));
}
