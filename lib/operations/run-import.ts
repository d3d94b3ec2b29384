import "server-only";
// An analyst imports a file: size check, content hash, analysis, a job row, then the kind's own path
// (lib/data/import-list.ts, import-rows.ts), in which every row is validated and written inside ONE
// transaction together with the job's outcome and the audit entry, so a file lands whole, recorded and
// audited, or not at all. A list that becomes current is then screened against (a use case of its own).
import fs from "node:fs";
import { type AuditActor, type AuditEvent } from "../data/audit";
import { earlierJobForSameContent, findSameContent, type ImportStatus } from "../data/import-jobs";
import { importList } from "../data/writes/import-list";
import { importRows } from "../data/writes/import-rows";
import { emptyCounts } from "../data/import-stream";
import type { ImportRequest, ImportResult } from "../data/import-types";
import { maxUploadBytes } from "../env";
import { AppError } from "../errors";
import { UnreadableFileError } from "../imports/row-stream";
import { analyseUpload, sha256File } from "./analyse-upload";
import { markInterruptedImports } from "./mark-interrupted-imports";
import { rescreenParties } from "./rescreen-parties";
import { appendAuditIn, appendAuditInBulk, inAuditedTransaction } from "../data/writes/audit-append";
import { discardJob, finishJob, finishJobIn, jobEnded, saveMapping, startJob } from "../data/writes/import-jobs";

export type { ImportProgress, ImportRequest, ImportResult } from "../data/import-types";

const byteSize = (n: number) =>
  n >= 1048576 ? `${(n / 1048576).toFixed(0)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

export async function runImport(req: ImportRequest): Promise<ImportResult> {
  const started = Date.now();
  const result = (r: Partial<ImportResult> & { status: ImportStatus; message: string }): ImportResult => ({
    jobId: null,
    kind: null,
    format: null,
    file: req.fileName,
    version: null,
    counts: emptyCounts(),
    errors: [],
    errorTotal: 0,
    notes: [],
    durationMs: Date.now() - started,
    ...r,
  });
  const { size } = await fs.promises.stat(req.file);
  const limit = maxUploadBytes();
  if (size > limit) {
    throw new AppError(
      "TOO_LARGE",
      `${req.fileName}: ${byteSize(size)} is over the ${byteSize(limit)} import limit (CHOKEPOINT_MAX_UPLOAD_MB)`,
    );
  }
  let analysis: Awaited<ReturnType<typeof analyseUpload>>;
  try {
    analysis = await analyseUpload(req.file, req.fileName, req);
  } catch (e) {
    if (e instanceof UnreadableFileError)
      return result({
        status: "rejected",
        message: `${req.fileName}: ${e.message}`,
        errors: [{ row: null, column: null, message: e.message }],
        errorTotal: 1,
      });
    throw e;
  }
  const { kind, format } = analysis;
  if (!kind || !format || analysis.fileProblems.length) {
    const first = analysis.fileProblems[0];
    return result({
      status: "rejected",
      kind,
      format,
      notes: analysis.notes,
      errors: analysis.fileProblems,
      errorTotal: analysis.fileProblems.length,
      message: `${req.fileName}${first?.row ? `, row ${first.row}` : ""}${first?.column ? `, column ${first.column}` : ""}: ${first?.message ?? "not importable"}`,
    });
  }

  const sha256 =
    req.sha256 ??
    (req.onProgress?.({ phase: "hashing", bytesRead: 0, bytesTotal: size, rows: 0 }), await sha256File(req.file));
  // a job left "running" by a process that died would otherwise block or confuse this one
  // bookkeeping for jobs whose process died: it must never fail the import the user asked for
  await markInterruptedImports().catch((e: unknown) => console.error("marking interrupted imports failed", e));
  const unchanged = (same: { id: string; resultType: string | null; resultId: string | null; fileName: string }) =>
    result({
      status: "unchanged",
      kind,
      format,
      jobId: same.id,
      version: same.resultType && same.resultId ? { type: same.resultType, id: same.resultId } : null,
      message: `${req.fileName}: the same content was imported before (${same.fileName}); nothing changed`,
    });
  const same = await findSameContent(kind, sha256);
  if (same) return unchanged(same);

  const jobId = await startJob({
    kind,
    fileName: req.fileName,
    fileSha256: sha256,
    fileSize: size,
    format,
    encoding: analysis.encoding,
    header: analysis.header,
    mapping: analysis.mapping,
    actor: req.actor,
  });
  try {
    return await runJob(req, jobId, analysis, size, sha256, started, result, unchanged);
  } finally {
    jobEnded(jobId);
  }
}

async function runJob(
  req: ImportRequest,
  jobId: string,
  analysis: Awaited<ReturnType<typeof analyseUpload>>,
  size: number,
  sha256: string,
  started: number,
  result: (r: Partial<ImportResult> & { status: ImportStatus; message: string }) => ImportResult,
  unchanged: (same: {
    id: string;
    resultType: string | null;
    resultId: string | null;
    fileName: string;
  }) => ImportResult,
): Promise<ImportResult> {
  const kind = analysis.kind!,
    format = analysis.format!;
  const earlier = await earlierJobForSameContent(jobId, kind, sha256);
  if (earlier) {
    await discardJob(jobId);
    if (earlier.status === "succeeded") return unchanged(earlier);
    throw new AppError(
      "CONFLICT",
      `${req.fileName}: the same file is already being imported (job ${earlier.id}${earlier.createdByEmail ? `, by ${earlier.createdByEmail}` : ""}); it becomes the version when it finishes. Nothing was written by this import.`,
    );
  }
  req.onJob?.(jobId);
  const base = { jobId, kind, format, notes: analysis.notes };
  const auditEvent = (outcome: ImportResult): AuditEvent => ({
    action: `import.${outcome.status}`,
    entityType: "import",
    entityId: jobId,
    after: {
      kind,
      format,
      file: req.fileName,
      sha256,
      counts: outcome.counts,
      changes: outcome.changes ?? null,
      version: outcome.version,
      quarantineReasons: outcome.quarantineReasons ?? null,
    },
  });
  // a file that lands: its rows, the job's outcome and the audit entry commit together
  const landed = async (w: Parameters<Parameters<typeof importRows>[4]>[0], outcome: ImportResult) => {
    outcome.durationMs = Date.now() - started;
    await finishJobIn(w, jobId, { ...outcome, resultType: outcome.version?.type, resultId: outcome.version?.id });
    await appendAuditInBulk(w, req.actor, auditEvent(outcome));
  };
  let outcome: ImportResult;
  try {
    outcome =
      kind === "list"
        ? await importList(req, analysis, size, base, sha256, landed)
        : await importRows(req, analysis, size, base, landed);
  } catch (e) {
    const cancelled = (e as Error)?.name === "AbortError";
    outcome = result({
      ...base,
      status: cancelled ? "cancelled" : "failed",
      message: cancelled
        ? `${req.fileName}: import cancelled; nothing was written`
        : `${req.fileName}: import failed (${(e as Error).message}); nothing was written`,
    });
    await recordUnlanded(req.actor, jobId, { ...outcome, errors: [], durationMs: Date.now() - started }, auditEvent);
    if (!cancelled && !(e instanceof AppError)) throw e;
    return outcome;
  }
  outcome.durationMs = Date.now() - started;
  const didLand = outcome.status === "imported" || outcome.status === "quarantined";
  if (!didLand) await recordUnlanded(req.actor, jobId, outcome, auditEvent);
  // the mapping is remembered for the next file with this header once it has worked: a rejected file's
  // mapping may be why it was rejected
  if (didLand && analysis.mappingSource !== "header-names" && analysis.signature)
    await saveMapping(kind, analysis.signature, analysis.header, analysis.mapping);
  // new known aliases can turn a stored party's clear into a hit, as a new list version can
  if ((kind === "list" || kind === "aliases") && outcome.status === "imported") {
    const rescreen = await rescreenParties(req.actor);
    if (rescreen)
      outcome.message +=
        kind === "list" ? `; stored parties re-screened against it` : `; stored parties re-screened with them`;
  }
  req.onProgress?.({ phase: "done", bytesRead: size, bytesTotal: size, rows: outcome.counts.read });
  return outcome;
}

/** A job that wrote nothing (rejected, failed, cancelled): its outcome and audit entry, in one transaction. */
async function recordUnlanded(
  actor: AuditActor,
  jobId: string,
  outcome: ImportResult,
  auditEvent: (o: ImportResult) => AuditEvent,
): Promise<void> {
  await inAuditedTransaction(async (tx) => {
    await finishJob(tx, jobId, outcome);
    await appendAuditIn(tx, actor, auditEvent(outcome));
  });
}
