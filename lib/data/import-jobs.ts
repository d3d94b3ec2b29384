import "server-only";
import os from "node:os";
import { db } from "../db";
import type { Tx } from "./audit";
import type { BulkWriter } from "./bulk";
import type { FieldMapping, ImportKind } from "../imports/kinds";
import type { ImportProblem } from "../imports/problems";

export type ImportCounts = { read: number; imported: number; skipped: number; invalid: number };
export type ImportStatus = "imported" | "unchanged" | "quarantined" | "rejected" | "cancelled" | "failed";

// The jobs this process is running (on globalThis: Next.js may load this module more than once). A job of this
// process that is "running" in the database but not here lost its way (the database went away before its
// end could be recorded), so it counts as interrupted like a job of a dead process.
const g = globalThis as unknown as { chokepointActiveJobs?: Set<string> };
const activeJobs = (g.chokepointActiveJobs ??= new Set<string>());

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

/** The last successful import of the same content as the same kind: re-importing it changes nothing. */
export async function findSameContent(
  kind: ImportKind,
  fileSha256: string,
): Promise<{ id: string; resultType: string | null; resultId: string | null; fileName: string } | null> {
  return db().importJob.findFirst({
    where: { kind, fileSha256, status: "succeeded", resultId: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { id: true, resultType: true, resultId: true, fileName: true },
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Jobs left "running" by a process that died (killed mid-import), or by this process when the database went
 * away mid-import: their transaction never committed, so nothing of them is in the database; mark them
 * failed so the history says so. A job's runner is known by its process id and host; on another host, only
 * a day's silence counts as death.
 */
export async function failInterruptedJobs(): Promise<number> {
  const running = await db().importJob.findMany({
    where: { status: "running" },
    select: { id: true, message: true, createdAt: true },
  });
  const dead = running.filter((j) => {
    const m = /process (\d+) on (\S+)$/.exec(j.message ?? "");
    if (m && m[2] === os.hostname())
      return Number(m[1]) === process.pid ? !activeJobs.has(j.id) : !processAlive(Number(m[1]));
    return Date.now() - j.createdAt.getTime() > 24 * 3600 * 1000;
  });
  if (!dead.length) return 0;
  const r = await db().importJob.updateMany({
    where: { id: { in: dead.map((d) => d.id) }, status: "running" },
    data: {
      status: "failed",
      message: "interrupted: the import process stopped before it finished; nothing was written",
      finishedAt: new Date(),
    },
  });
  return r.count;
}

/**
 * Two imports of the same content that overlap: the job that started first (by its stored start time, then
 * id, so every process agrees) is the one that lands. Called by the later one after its own job row exists,
 * so of two racing imports at least one sees the other. An earlier job that already succeeded makes this one
 * "unchanged"; one still running makes it a conflict.
 */
export async function earlierJobForSameContent(
  jobId: string,
  kind: ImportKind,
  fileSha256: string,
): Promise<{
  id: string;
  status: string;
  fileName: string;
  resultType: string | null;
  resultId: string | null;
  createdByEmail: string | null;
} | null> {
  const mine = await db().importJob.findUniqueOrThrow({ where: { id: jobId }, select: { createdAt: true } });
  const others = await db().importJob.findMany({
    where: {
      kind,
      fileSha256,
      id: { not: jobId },
      OR: [{ status: "running" }, { status: "succeeded", resultId: { not: null } }],
      createdAt: { lte: mine.createdAt },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      fileName: true,
      resultType: true,
      resultId: true,
      createdByEmail: true,
      createdAt: true,
    },
  });
  const earlier = others.filter((o) => o.createdAt < mine.createdAt || o.id < jobId);
  return earlier.find((o) => o.status === "succeeded") ?? earlier[0] ?? null;
}

/** A job that turned out to duplicate another (see earlierJobForSameContent): it wrote nothing, so no trace is kept. */
export async function discardJob(id: string): Promise<void> {
  await db().importJob.deleteMany({ where: { id, status: "running" } });
}

export async function savedMapping(kind: string, signature: string): Promise<FieldMapping | null> {
  const m = await db().columnMapping.findUnique({
    where: { kind_headerSignature: { kind, headerSignature: signature } },
    select: { mapping: true },
  });
  return (m?.mapping as FieldMapping | undefined) ?? null;
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

export type ImportJobDetail = {
  id: string;
  kind: string;
  fileName: string;
  fileSha256: string;
  fileSize: number;
  format: string | null;
  encoding: string | null;
  status: string;
  message: string | null;
  counts: ImportCounts;
  errorCount: number;
  errors: ImportProblem[];
  durationMs: number | null;
  createdAt: Date;
  createdByEmail: string | null;
  resultType: string | null;
  resultId: string | null;
};

export async function getImportJob(id: string): Promise<ImportJobDetail | null> {
  const j = await db().importJob.findUnique({ where: { id } });
  if (!j) return null;
  return {
    id: j.id,
    kind: j.kind,
    fileName: j.fileName,
    fileSha256: j.fileSha256,
    fileSize: j.fileSize,
    format: j.format,
    encoding: j.encoding,
    status: j.status,
    message: j.message,
    counts: { read: j.rowsRead, imported: j.rowsImported, skipped: j.rowsSkipped, invalid: j.rowsInvalid },
    errorCount: j.errorCount,
    errors: (j.errors as ImportProblem[] | null) ?? [],
    durationMs: j.durationMs,
    createdAt: j.createdAt,
    createdByEmail: j.createdByEmail,
    resultType: j.resultType,
    resultId: j.resultId,
  };
}
