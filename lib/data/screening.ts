import "server-only";
// Screening against the lists in force: the candidate index is built once per set of current list versions
// and kept in memory (rebuilt when a version changes), so a search from the UI costs a few milliseconds.
import { db } from "../db";
import { AppError } from "../errors";
import { buildCandidateIndex, type CandidateIndex } from "../screening/candidate-index";
import { prepareQuery } from "../screening/query";
import { screenPrepared, statusOf } from "../screening/screen";
import type { SourceGroup } from "../screening/sources";
import { parseThresholds, thresholdsOrDefault } from "../screening/thresholds";
import type { ListRef, ScreenableEntry, ScreeningQuery, ScreeningResult, Thresholds } from "../screening/types";
import { appendAudit } from "./audit";
import { Slots } from "../security/slots";

export type ListsInForce = { csl: ListRef | null; internal: ListRef | null };
type Cached = { key: string; index: CandidateIndex; lists: ListsInForce };

// one per server process; survives hot reloads in development
const cache = globalThis as unknown as { __chokepointScreeningIndex?: Promise<Cached> };

export async function listsInForce(): Promise<ListsInForce> {
  const rows = await db().listVersion.findMany({
    where: { status: "current" },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, publishedOn: true, listKind: true },
  });
  const pick = (kind: string) => {
    const r = rows.find((v) => v.listKind === kind);
    return r ? { id: r.id, label: r.label, publishedOn: r.publishedOn } : null;
  };
  return { csl: pick("csl"), internal: pick("internal") };
}

export async function loadScreenableEntries(
  version: ListRef,
  listKind: "csl" | "internal",
): Promise<ScreenableEntry[]> {
  const rows = await db().listedEntry.findMany({
    where: { listVersionId: version.id },
    select: {
      id: true,
      entryKey: true,
      contentHash: true,
      sourceCode: true,
      name: true,
      addresses: true,
      aliases: { select: { name: true, kind: true } },
      addressRows: { select: { country: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    entryKey: r.entryKey,
    contentHash: r.contentHash,
    sourceCode: r.sourceCode,
    listKind,
    name: r.name,
    addresses: r.addresses,
    aliases: r.aliases.map((a) => ({ name: a.name, kind: a.kind === "acronym" ? "acronym" : "alias" })),
    countries: [...new Set(r.addressRows.map((a) => a.country).filter((c): c is string => !!c))].sort(),
    listVersion: version,
  }));
}

async function build(lists: ListsInForce, key: string): Promise<Cached> {
  const entries = [
    ...(lists.csl ? await loadScreenableEntries(lists.csl, "csl") : []),
    ...(lists.internal ? await loadScreenableEntries(lists.internal, "internal") : []),
  ];
  return { key, index: buildCandidateIndex(entries), lists };
}

/** The index over the current list versions; throws NOT_FOUND when no list has been imported yet. */
export async function screeningIndex(): Promise<Cached> {
  const lists = await listsInForce();
  if (!lists.csl && !lists.internal)
    throw new AppError(
      "NOT_FOUND",
      "No list version is in force yet: import the Consolidated Screening List (or an internal list) first.",
    );
  const key = `${lists.csl?.id ?? ""}|${lists.internal?.id ?? ""}`;
  const held = cache.__chokepointScreeningIndex ? await cache.__chokepointScreeningIndex.catch(() => null) : null;
  if (held?.key === key) return held;
  const building = build(lists, key);
  cache.__chokepointScreeningIndex = building;
  return building;
}

const thresholdsKey = "screening.thresholds";

export async function screeningThresholds(): Promise<Thresholds> {
  const row = await db().setting.findUnique({ where: { key: thresholdsKey } });
  return thresholdsOrDefault(row?.value ?? null);
}

export async function setScreeningThresholds(
  value: unknown,
  actor: { id: string; email: string },
): Promise<Thresholds> {
  const next = parseThresholds(value);
  if (!next)
    throw new AppError("INVALID_INPUT", "Thresholds must be whole numbers from 1 to 100, with review below match.");
  const before = await screeningThresholds();
  await db().setting.upsert({
    where: { key: thresholdsKey },
    create: { key: thresholdsKey, value: next },
    update: { value: next },
  });
  await appendAudit(actor, {
    action: "screening.thresholds",
    entityType: "setting",
    entityId: thresholdsKey,
    before,
    after: next,
  });
  return next;
}

export type ScreenRequest = { queries: ScreeningQuery[]; sources: SourceGroup[]; limit?: number };

/** A screen of more names than this is bulk: it waits for a slot and gives the event loop back as it goes. */
const BULK_NAMES = 50;
/** Milliseconds of screening between two yields to the event loop. */
const SLICE_MS = 4;
const globalForSlots = globalThis as unknown as { chokepointBulkScreens?: Slots };
// two at a time keep both cores of a small server busy; more only slice the same CPU thinner
const bulkScreens = () => (globalForSlots.chokepointBulkScreens ??= new Slots(2));

/** Screens names against the lists in force; every result carries the thresholds and list versions used. */
export async function screenNames(
  req: ScreenRequest,
): Promise<{ results: ScreeningResult[]; thresholds: Thresholds; lists: ListsInForce }> {
  const [{ index, lists }, thresholds] = await Promise.all([screeningIndex(), screeningThresholds()]);
  const bulk = req.queries.length > BULK_NAMES;
  // a 5,000-name screen is seconds of CPU: bulk screens run two at a time and yield every few milliseconds,
  // so health checks and other users' requests are answered while they run
  const release = bulk ? await bulkScreens().acquire() : null;
  try {
    const results: ScreeningResult[] = [];
    let sliceStart = performance.now();
    for (const q of req.queries) {
      if (bulk && performance.now() - sliceStart > SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      const hits = screenPrepared(index, prepareQuery(index, q.name), q, {
        sources: req.sources,
        thresholds,
        limit: req.limit ?? 10,
      });
      results.push({ input: q.name, status: statusOf(hits), hits });
    }
    return { results, thresholds, lists };
  } finally {
    release?.();
  }
}
