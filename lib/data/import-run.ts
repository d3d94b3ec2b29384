import "server-only";
// Runs one import end to end: size check, content hash, analysis, a job row, then the kind's own path
// (import-list.ts, import-rows.ts), in which every row is validated and written inside ONE transaction,
// so a file lands whole or not at all; then the job's outcome, the audit entry and, for a list, the re-screen.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { analyse, type Analysis, type Overrides } from "../imports/analyse";
import { inspectFile, UnreadableFileError } from "../imports/row-stream";
import { AppError } from "../errors";
import { appendAudit } from "./audit";
import {
  discardJob,
  earlierJobForSameContent,
  failInterruptedJobs,
  findSameContent,
  finishJob,
  jobEnded,
  saveMapping,
  savedMapping,
  startJob,
  type ImportStatus,
} from "./import-jobs";
import { importList } from "./import-list";
import { importRows } from "./import-rows";
import { emptyCounts } from "./import-stream";
import type { ImportRequest, ImportResult } from "./import-types";
import { rescreenParties } from "./screening-runs";

export type { ImportProgress, ImportRequest, ImportResult } from "./import-types";

export const DEFAULT_MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
export function maxUploadBytes(): number {
  const mb = Number(process.env.CHOKEPOINT_MAX_UPLOAD_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : DEFAULT_MAX_UPLOAD_BYTES;
}

const byteSize = (n: number) =>
  n >= 1048576 ? `${(n / 1048576).toFixed(0)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Analysis for the upload page's preview: nothing is written. */
export async function analyseUpload(
  file: string,
  fileName: string,
  overrides: Overrides,
): Promise<Analysis & { encoding: string; bytes: number }> {
  const info = await inspectFile(file);
  const saved = new Map<string, Awaited<ReturnType<typeof savedMapping>>>();
  // look up a remembered mapping for every kind the file could be, then analyse synchronously
  const probe = analyse(info.head, fileName, overrides, () => null);
  if (probe.kind && probe.signature)
    saved.set(`${probe.kind}|${probe.signature}`, await savedMapping(probe.kind, probe.signature));
  const a = analyse(info.head, fileName, overrides, (k, s) => saved.get(`${k}|${s}`) ?? null);
  return { ...a, encoding: info.encoding, bytes: info.bytes };
}

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
  await failInterruptedJobs();
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
  let outcome: ImportResult;
  try {
    outcome =
      kind === "list"
        ? await importList(req, analysis, size, base, sha256)
        : await importRows(req, analysis, size, base);
  } catch (e) {
    const cancelled = (e as Error)?.name === "AbortError";
    outcome = result({
      ...base,
      status: cancelled ? "cancelled" : "failed",
      message: cancelled
        ? `${req.fileName}: import cancelled; nothing was written`
        : `${req.fileName}: import failed (${(e as Error).message}); nothing was written`,
    });
    await finishJob(jobId, { ...outcome, errors: [], durationMs: Date.now() - started });
    if (!cancelled && !(e instanceof AppError)) throw e;
    return outcome;
  }
  outcome.durationMs = Date.now() - started;
  // the mapping is remembered for the next file with this header once it has worked: a rejected file's
  // mapping may be why it was rejected
  const landed = outcome.status === "imported" || outcome.status === "quarantined";
  if (landed && analysis.mappingSource !== "header-names" && analysis.signature)
    await saveMapping(kind, analysis.signature, analysis.header, analysis.mapping);
  await finishJob(jobId, { ...outcome, resultType: outcome.version?.type, resultId: outcome.version?.id });
  await appendAudit(req.actor, {
    action: `import.${outcome.status}`,
    entityType: "import",
    entityId: jobId,
    after: {
      kind,
      format,
      file: req.fileName,
      sha256,
      counts: outcome.counts,
      version: outcome.version,
      quarantineReasons: outcome.quarantineReasons ?? null,
    },
  });
  if (kind === "list" && outcome.status === "imported") {
    const rescreen = await rescreenParties(req.actor);
    if (rescreen) outcome.message += `; stored parties re-screened against it`;
  }
  req.onProgress?.({ phase: "done", bytesRead: size, bytesTotal: size, rows: outcome.counts.read });
  return outcome;
}
