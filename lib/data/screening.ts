import "server-only";
// Screening against the lists in force: the candidate index is built once per set of current list versions
// and kept in memory (rebuilt when a version changes), so a search from the UI costs a few milliseconds.
import { db } from "../db";
import { AppError } from "../errors";
import { buildCandidateIndex, type CandidateIndex } from "../screening/candidate-index";
import { withKnownAliases } from "../screening/known-aliases";
import { thresholdsOrDefault } from "../screening/thresholds";
import { knownAliasStamp, loadKnownAliases } from "./known-aliases";
import type { ListRef, ScreenableEntry, Thresholds } from "../screening/types";

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
  return { key, index: buildCandidateIndex(withKnownAliases(entries, await loadKnownAliases())), lists };
}

/** The index over the current list versions; throws NOT_FOUND when no list has been imported yet. */
export async function screeningIndex(): Promise<Cached> {
  const lists = await listsInForce();
  if (!lists.csl && !lists.internal)
    throw new AppError(
      "NOT_FOUND",
      "No list version is in force yet: import the Consolidated Screening List (or an internal list) first.",
    );
  const key = `${lists.csl?.id ?? ""}|${lists.internal?.id ?? ""}|${await knownAliasStamp()}`;
  const held = cache.__chokepointScreeningIndex ? await cache.__chokepointScreeningIndex.catch(() => null) : null;
  if (held?.key === key) return held;
  const building = build(lists, key);
  cache.__chokepointScreeningIndex = building;
  return building;
}

export const SCREENING_THRESHOLDS_KEY = "screening.thresholds";

export async function screeningThresholds(): Promise<Thresholds> {
  const row = await db().setting.findUnique({ where: { key: SCREENING_THRESHOLDS_KEY } });
  return thresholdsOrDefault(row?.value ?? null);
}
