import "server-only";
// What a rule-change replay reads: the checks in force (the newest per BOM, buyer and destination, as the exposure
// counts them), each line's recorded status, and a list version to screen the buyer against. Read only: a replay
// writes nothing, so it leaves no audit entry (it is a read, like opening the exposure page).
import { db } from "../db";
import { currentDeterminations, type DeterminationRow } from "../overview/exposure";
import { buildCandidateIndex, type CandidateIndex } from "../screening/candidate-index";
import { withKnownAliases } from "../screening/known-aliases";
import type { ListRef } from "../screening/types";
import type { LineStatus } from "../rules/types";
import { lineStatuses } from "../rules/types";
import { inChunks } from "./in-chunks";
import { knownAliasStamp, loadKnownAliases } from "./known-aliases";
import { loadScreenableEntries } from "./screening";

export type CheckInForce = DeterminationRow & {
  asOf: string;
  shipFrom: string;
  hqCountry: string | null;
};

/** The checks in force, newest first; `limit` keeps the newest few (the overview's cheap count). */
export async function checksInForce(limit?: number): Promise<{ checks: CheckInForce[]; total: number }> {
  const rows = await db().licenceDetermination.findMany({
    select: {
      id: true,
      bomId: true,
      buyerId: true,
      destination: true,
      shipFrom: true,
      createdAt: true,
      asOf: true,
      outcome: true,
      summary: true,
      ruleSetVersion: true,
      buyer: { select: { name: true } },
      bom: { select: { name: true, product: { select: { productLine: { select: { id: true, name: true } } } } } },
    },
  });
  const all = currentDeterminations(
    rows.map((r): CheckInForce => {
      const buyer = (r.summary as { buyer?: { name?: string; hqCountry?: string | null } }).buyer;
      return {
        id: r.id,
        bomId: r.bomId,
        bomName: r.bom.name,
        buyerId: r.buyerId,
        destination: r.destination,
        shipFrom: r.shipFrom,
        createdAt: r.createdAt,
        asOf: r.asOf,
        outcome: r.outcome,
        ruleSet: r.ruleSetVersion,
        buyerName: r.buyer?.name ?? buyer?.name ?? "(unnamed buyer)",
        hqCountry: buyer?.hqCountry ?? null,
        productLineId: r.bom.product?.productLine?.id ?? null,
        productLine: r.bom.product?.productLine?.name ?? null,
      };
    }),
  );
  return { checks: limit === undefined ? all : all.slice(0, limit), total: all.length };
}

const isStatus = (s: string): s is LineStatus => (lineStatuses as readonly string[]).includes(s);

/** Each check's recorded line statuses by line number. */
export async function recordedStatuses(
  determinationIds: readonly string[],
): Promise<Map<string, Map<number, LineStatus>>> {
  const rows = await inChunks(determinationIds, (ids) =>
    db().determinationLine.findMany({
      where: { determinationId: { in: ids } },
      select: { determinationId: true, status: true, bomLineId: true },
    }),
  );
  const lineNos = new Map(
    (
      await inChunks([...new Set(rows.map((r) => r.bomLineId))], (ids) =>
        db().bomLine.findMany({ where: { id: { in: ids } }, select: { id: true, lineNo: true } }),
      )
    ).map((l) => [l.id, l.lineNo]),
  );
  const out = new Map<string, Map<number, LineStatus>>();
  for (const r of rows) {
    const lineNo = lineNos.get(r.bomLineId);
    if (lineNo === undefined || !isStatus(r.status)) continue;
    (out.get(r.determinationId) ?? out.set(r.determinationId, new Map()).get(r.determinationId)!).set(lineNo, r.status);
  }
  return out;
}

export type ReplayListVersion = ListRef & { status: string; createdAt: Date };

/** A version of the Consolidated Screening List by its id or its exact label; null when there is none. */
export async function cslVersion(ref: string): Promise<ReplayListVersion | null> {
  const select = { id: true, label: true, publishedOn: true, status: true, createdAt: true } as const;
  return (
    (await db().listVersion.findFirst({ where: { id: ref, listKind: "csl" }, select })) ??
    (await db().listVersion.findFirst({
      where: { label: ref, listKind: "csl" },
      orderBy: { createdAt: "desc" },
      select,
    }))
  );
}

/** The CSL versions a replay can pick, newest first. */
export async function cslVersions(): Promise<ReplayListVersion[]> {
  return db().listVersion.findMany({
    where: { listKind: "csl" },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, label: true, publishedOn: true, status: true, createdAt: true },
  });
}

// the last index built for a version other than the one in force; one is kept, a replay uses one at a time
const held = globalThis as unknown as { __chokepointReplayIndex?: { key: string; index: Promise<CandidateIndex> } };

/** A screening index over one CSL version (with the known aliases), to screen buyers against that version. */
export async function indexForListVersion(version: ListRef): Promise<CandidateIndex> {
  const key = `${version.id}|${await knownAliasStamp()}`;
  if (held.__chokepointReplayIndex?.key === key) return held.__chokepointReplayIndex.index;
  const index = (async () =>
    buildCandidateIndex(withKnownAliases(await loadScreenableEntries(version, "csl"), await loadKnownAliases())))();
  held.__chokepointReplayIndex = { key, index };
  index.catch(() => {
    if (held.__chokepointReplayIndex?.key === key) held.__chokepointReplayIndex = undefined;
  });
  return index;
}

/** Changes whenever a check is recorded or the list in force changes: the overview's replay count is kept per stamp. */
export async function replayStamp(): Promise<string> {
  const [count, newest, list] = await Promise.all([
    db().licenceDetermination.count(),
    db().licenceDetermination.findFirst({ orderBy: { createdAt: "desc" }, select: { id: true, createdAt: true } }),
    db().listVersion.findFirst({
      where: { listKind: "csl", status: "current" },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    }),
  ]);
  return `${count}|${newest?.id ?? ""}|${newest?.createdAt.toISOString() ?? ""}|${list?.id ?? ""}|${await knownAliasStamp()}`;
}
