import "server-only";
import { db } from "../db";
import type { FieldMapping, ImportKind } from "../imports/kinds";
import type { ImportProblem } from "../imports/problems";

export type ImportCounts = { read: number; imported: number; skipped: number; invalid: number };
export type ImportStatus = "imported" | "unchanged" | "quarantined" | "rejected" | "cancelled" | "failed";

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

export async function savedMapping(kind: string, signature: string): Promise<FieldMapping | null> {
  const m = await db().columnMapping.findUnique({
    where: { kind_headerSignature: { kind, headerSignature: signature } },
    select: { mapping: true },
  });
  return (m?.mapping as FieldMapping | undefined) ?? null;
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
