import "server-only";
// What the Overview, /api/health and determinations say about list updates: the last attempt and its result,
// one running now (with its progress), the schedule, and whether the list in force is too old to trust.
import { db } from "../db";
import { listUpdateConfig } from "../env";
import { listAsOf, staleness, stalenessMessage, type Staleness } from "../lists/update-policy";

const LANDED = ["imported", "unchanged", "quarantined"];

export type ListUpdateSummary = {
  id: string;
  trigger: string;
  url: string;
  status: string;
  phase: string;
  bytesRead: number;
  bytesTotal: number | null;
  startedAt: Date;
  finishedAt: Date | null;
  /** the publisher's date for the file (Last-Modified) */
  publishedAt: string | null;
  version: { id: string; label: string } | null;
  message: string | null;
};

export type ListUpdateStatus = {
  last: ListUpdateSummary | null;
  running: ListUpdateSummary | null;
  schedule: { everyHours: number; url: string } | null;
  /** null when no list is in force */
  freshness: Staleness | null;
};

const select = {
  id: true,
  trigger: true,
  url: true,
  status: true,
  phase: true,
  bytesRead: true,
  bytesTotal: true,
  startedAt: true,
  finishedAt: true,
  publishedAt: true,
  listVersionId: true,
  message: true,
} as const;

async function summaries(rows: { listVersionId: string | null }[]): Promise<Map<string, string>> {
  const ids = rows.map((r) => r.listVersionId).filter((x): x is string => !!x);
  const versions = ids.length
    ? await db().listVersion.findMany({ where: { id: { in: ids } }, select: { id: true, label: true } })
    : [];
  return new Map(versions.map((v) => [v.id, v.label]));
}

function summary(
  r: { listVersionId: string | null } & Omit<ListUpdateSummary, "version">,
  labels: Map<string, string>,
): ListUpdateSummary {
  const { listVersionId, ...rest } = r;
  return {
    ...rest,
    version: listVersionId ? { id: listVersionId, label: labels.get(listVersionId) ?? listVersionId } : null,
  };
}

/** Whether the list version was too old at `at`: its last confirmation by the publisher up to then, else its own date. */
export async function listFreshnessAt(
  listVersionId: string,
  at: Date,
  maxAgeDays = listUpdateConfig().maxAgeDays,
): Promise<Staleness | null> {
  const v = await db().listVersion.findUnique({
    where: { id: listVersionId },
    select: { publishedOn: true, createdAt: true },
  });
  if (!v) return null;
  const confirmed = await db().listUpdate.findFirst({
    where: { listVersionId, status: { in: LANDED }, finishedAt: { lte: at } },
    orderBy: { finishedAt: "desc" },
    select: { finishedAt: true },
  });
  return staleness(
    listAsOf({ lastConfirmedAt: confirmed?.finishedAt ?? null, publishedOn: v.publishedOn, createdAt: v.createdAt }),
    at,
    maxAgeDays,
  );
}

export async function listUpdateStatus(now: Date = new Date()): Promise<ListUpdateStatus> {
  let config: ReturnType<typeof listUpdateConfig> | null = null;
  try {
    config = listUpdateConfig();
  } catch {
    config = null; // a bad setting is reported at start-up; the overview still shows what it can
  }
  const [lastRow, runningRow, current] = await Promise.all([
    db().listUpdate.findFirst({ where: { status: { not: "running" } }, orderBy: { startedAt: "desc" }, select }),
    db().listUpdate.findFirst({ where: { status: "running" }, orderBy: { startedAt: "desc" }, select }),
    db().listVersion.findFirst({
      where: { listKind: "csl", status: "current" },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    }),
  ]);
  const labels = await summaries([lastRow, runningRow].filter((r) => r !== null));
  return {
    last: lastRow ? summary(lastRow, labels) : null,
    running: runningRow ? summary(runningRow, labels) : null,
    schedule: config && config.everyHours > 0 ? { everyHours: config.everyHours, url: config.url } : null,
    freshness: current ? await listFreshnessAt(current.id, now, config?.maxAgeDays ?? 7) : null,
  };
}

/** Whether the list a stored determination was made against was too old when it was made. */
export async function determinationListFreshness(determinationId: string): Promise<Staleness | null> {
  const d = await db().licenceDetermination.findUnique({
    where: { id: determinationId },
    select: { listVersionId: true, createdAt: true },
  });
  return d?.listVersionId ? listFreshnessAt(d.listVersionId, d.createdAt) : null;
}

/** The staleness fields a determination's JSON carries. */
export function freshnessJson(
  s: Staleness | null,
): { stale: boolean; confirmedCurrentAt: string; ageDays: number; maxAgeDays: number; message: string | null } | null {
  return s
    ? {
        stale: s.stale,
        confirmedCurrentAt: s.asOf,
        ageDays: s.ageDays,
        maxAgeDays: s.maxAgeDays,
        message: s.stale ? stalenessMessage(s) : null,
      }
    : null;
}
