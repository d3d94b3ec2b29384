import "server-only";
// An import job's row: started, finished (in the import's own transaction when it lands), discarded, or
// marked failed when the process running it died.
import os from "node:os";
import { db } from "../../db";
import type { FieldMapping, ImportKind } from "../../imports/kinds";
import type { ImportProblem } from "../../imports/problems";
import type { Tx } from "../audit";
import type { ImportCounts, ImportStatus } from "../import-jobs";
import type { BulkWriter } from "./bulk";

// The jobs this process is running (on globalThis: Next.js may load this module more than once). A job of this
// process that is "running" in the database but not here lost its way (the database went away before its
// end could be recorded), so it counts as interrupted like a job of a dead process.
const g = globalThis as unknown as { chokepointActiveJobs?: Set<string> };
const activeJobs = (g.chokepointActiveJobs ??= new Set<string>());

export type JobOutcome = {
  status: ImportStatus;
  counts: ImportCounts;
  errors: ImportProblem[];
  errorTotal: number;
  durationMs: number;
  message: string;
  resultType?: string;
  resultId?: string;
};

/** The job row's columns for its outcome. */
function finishedColumns(r: JobOutcome) {
  return {
    status: r.status === "imported" || r.status === "quarantined" ? "succeeded" : r.status,
    rowsRead: r.counts.read,
    rowsTotal: r.counts.read,
    rowsImported: r.counts.imported,
    rowsSkipped: r.counts.skipped,
    rowsInvalid: r.counts.invalid,
    errorCount: r.errorTotal,
    errors: r.errors.slice(0, 1000),
    durationMs: r.durationMs,
    message: r.message,
    resultType: r.resultType ?? null,
    resultId: r.resultId ?? null,
    finishedAt: new Date(),
  };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Called when a job's run ends, however it ends (its row may not have been updated if the database went away). */
export function jobEnded(id: string): void {
  activeJobs.delete(id);
}

export async function startJob(input: {
  kind: ImportKind;
  fileName: string;
  fileSha256: string;
  fileSize: number;
  format: string;
  encoding: string;
  header: string[];
  mapping: FieldMapping;
  actor: { id: string | null; email: string | null };
}): Promise<string> {
  const job = await db().importJob.create({
    data: {
      kind: input.kind,
      fileName: input.fileName,
      fileSha256: input.fileSha256,
      fileSize: input.fileSize,
      format: input.format,
      encoding: input.encoding,
      header: input.header,
      mapping: input.mapping,
      status: "running",
      createdById: input.actor.id,
      createdByEmail: input.actor.email,
      message: `running in process ${process.pid} on ${os.hostname()}`,
    },
    select: { id: true },
  });
  activeJobs.add(job.id);
  return job.id;
}

/** Records a job's outcome (one that wrote nothing: rejected, failed, cancelled), in the caller's transaction. */
export async function finishJob(tx: Tx, id: string, r: JobOutcome): Promise<void> {
  await tx.importJob.update({ where: { id }, data: finishedColumns(r) });
}

/** Records a landed import's outcome inside its own bulk transaction, with its rows. */
export async function finishJobIn(w: BulkWriter, id: string, r: JobOutcome): Promise<void> {
  const columns = Object.entries(finishedColumns(r));
  await w.execute(`UPDATE "import_job" SET ${columns.map(([c]) => `"${c}" = ?`).join(", ")} WHERE "id" = ?`, [
    ...columns.map(([, v]) => v),
    id,
  ]);
}

/**
 * Jobs left "running" by a process that died (killed mid-import), or by this process when the database went
 * away mid-import: their transaction never committed, so nothing of them is in the database; mark them
 * failed so the history says so. A job's runner is known by its process id and host; on another host, only
 * a day's silence counts as death.
 */
export async function interruptedJobIds(): Promise<string[]> {
  const running = await db().importJob.findMany({
    where: { status: "running" },
    select: { id: true, message: true, createdAt: true },
  });
  return running
    .filter((j) => {
      const m = /process (\d+) on (\S+)$/.exec(j.message ?? "");
      if (m && m[2] === os.hostname())
        return Number(m[1]) === process.pid ? !activeJobs.has(j.id) : !processAlive(Number(m[1]));
      return Date.now() - j.createdAt.getTime() > 24 * 3600 * 1000;
    })
    .map((j) => j.id);
}

/** Marks these jobs failed, if they are still running, in the caller's transaction; returns how many were. */
export async function markJobsInterrupted(tx: Tx, ids: readonly string[]): Promise<number> {
  const r = await tx.importJob.updateMany({
    where: { id: { in: [...ids] }, status: "running" },
    data: {
      status: "failed",
      message: "interrupted: the import process stopped before it finished; nothing was written",
      finishedAt: new Date(),
    },
  });
  return r.count;
}

/** A job that turned out to duplicate another (see earlierJobForSameContent): it wrote nothing, so no trace is kept. */
export async function discardJob(id: string): Promise<void> {
  await db().importJob.deleteMany({ where: { id, status: "running" } });
}

export async function saveMapping(
  kind: string,
  signature: string,
  header: string[],
  mapping: FieldMapping,
): Promise<void> {
  await db().columnMapping.upsert({
    where: { kind_headerSignature: { kind, headerSignature: signature } },
    create: { kind, headerSignature: signature, headers: header, mapping },
    update: { headers: header, mapping },
  });
}
