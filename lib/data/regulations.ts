import "server-only";
// Stored versions of the regulation's tables (regulation_version): the one in force on a date, and the list of
// them. A check as of D uses the latest active version with an eCFR date on or before D (lib/regs/in-force.ts);
// when there is none the caller falls back to the shipped baseline.
import { db } from "../db";
import type { RegulationDiff } from "../regs/diff";
import type { RegulationVersion } from "../regs/types";

export type RegulationVersionSummary = {
  id: string;
  status: string;
  chartRows: number;
  cclEntries: number;
  previousVersionId: string | null;
  quarantineReason: string | null;
  sourceUrl: string;
  retrievedAt: string;
  createdAt: string;
  createdByEmail: string | null;
  decidedByEmail: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
};

/** What a version row keeps of its diff against the version before it. */
export type StoredRegulationDiff = { against: string; lines: string[]; diff: RegulationDiff };

const summaryFields = {
  id: true,
  status: true,
  chartRows: true,
  cclEntries: true,
  previousVersionId: true,
  quarantineReason: true,
  sourceUrl: true,
  retrievedAt: true,
  createdAt: true,
  createdByEmail: true,
  decidedByEmail: true,
  decidedAt: true,
  decisionReason: true,
} as const;

type SummaryRow = Omit<RegulationVersionSummary, "retrievedAt" | "createdAt" | "decidedAt"> & {
  retrievedAt: Date;
  createdAt: Date;
  decidedAt: Date | null;
};

function summary(r: SummaryRow): RegulationVersionSummary {
  return {
    ...r,
    retrievedAt: r.retrievedAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
  };
}

// Versions are large (the CCL is most of a megabyte of JSON) and never change once active under the same id and
// retrieval time, so a check reads the id in force and takes the payload from here when it has it.
const payloads = new Map<string, RegulationVersion>();
const CACHED = 4;

/** The active version in force on a date (YYYY-MM-DD), or null: the caller uses the baseline. */
export async function regulationInForce(onDate: string): Promise<RegulationVersion | null> {
  const head = await db().regulationVersion.findFirst({
    where: { status: "active", id: { lte: onDate } },
    orderBy: { id: "desc" },
    select: { id: true, retrievedAt: true },
  });
  if (!head) return null;
  const key = `${head.id}|${head.retrievedAt.toISOString()}`;
  const cached = payloads.get(key);
  if (cached) return cached;
  const row = await db().regulationVersion.findUnique({ where: { id: head.id }, select: { payload: true } });
  if (!row) return null;
  const version = row.payload as unknown as RegulationVersion;
  if (payloads.size >= CACHED) payloads.delete(payloads.keys().next().value!);
  payloads.set(key, version);
  return version;
}

/** Every stored version, newest eCFR date first. */
export async function listRegulationVersions(): Promise<RegulationVersionSummary[]> {
  const rows = await db().regulationVersion.findMany({ orderBy: { id: "desc" }, select: summaryFields });
  return rows.map(summary);
}

export async function getRegulationVersion(
  id: string,
): Promise<(RegulationVersionSummary & { payload: RegulationVersion; diff: StoredRegulationDiff | null }) | null> {
  const row = await db().regulationVersion.findUnique({
    where: { id },
    select: { ...summaryFields, payload: true, diffSummary: true },
  });
  if (!row) return null;
  const { payload, diffSummary, ...rest } = row;
  return {
    ...summary(rest),
    payload: payload as unknown as RegulationVersion,
    diff: (diffSummary as unknown as StoredRegulationDiff | null) ?? null,
  };
}

/** The active version a new one for `date` is compared with: the one in force on that date, other than itself. */
export async function previousRegulation(date: string): Promise<RegulationVersion | null> {
  const row = await db().regulationVersion.findFirst({
    where: { status: "active", id: { lte: date, not: date } },
    orderBy: { id: "desc" },
    select: { payload: true },
  });
  return row ? (row.payload as unknown as RegulationVersion) : null;
}
