import "server-only";
// A screening run's rows: created, its hits written a page at a time, or marked failed.
import { db } from "../../db";
import type { SourceGroup } from "../../screening/sources";
import type { Thresholds } from "../../screening/types";
import type { RunTrigger } from "../screening-runs";
import { bulkTransaction, type Cell } from "./bulk";

/** The columns of a screening_match row, in the order its writers give values. */
export const matchColumns = [
  "id",
  "runId",
  "partyId",
  "queryName",
  "entryId",
  "entryKey",
  "entryHash",
  "sourceCode",
  "matchedName",
  "score",
  "band",
  "explanation",
  "createdAt",
] as const;

export async function createScreeningRun(data: {
  listVersionId: string;
  internalVersionId: string | null;
  sources: SourceGroup[];
  thresholds: Thresholds;
  trigger: RunTrigger;
  partyCount: number;
  createdById: string | null;
}): Promise<string> {
  return (await db().screeningRun.create({ data, select: { id: true } })).id;
}

/** Writes one page of a run's hits and its progress, in one transaction. */
export async function writeRunPage(runId: string, rows: Cell[][], processed: number): Promise<void> {
  await bulkTransaction(async (w) => {
    if (rows.length) await w.insert("screening_match", matchColumns, rows);
    await w.execute(`UPDATE "screening_run" SET "processed" = ? WHERE "id" = ?`, [processed, runId]);
  });
}

/** A run that failed: its reason is kept; nothing else about it changes (a run's hits are not audit facts). */
export async function markRunFailed(runId: string, error: string): Promise<void> {
  await db().screeningRun.update({ where: { id: runId }, data: { status: "failed", finishedAt: new Date(), error } });
}
