import "server-only";
// Runs one import end to end: size check, content hash, analysis, then a streamed parse in which every row
// is validated and written inside ONE transaction, so a file lands whole or not at all.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { analyse, recordFor, type Analysis, type Overrides } from "../imports/analyse";
import { cslJsonRecords, CslJsonError } from "../imports/csl-json";
import type { ImportFormat, ImportKind } from "../imports/kinds";
import type { BomRecord, FinancialRecord, PartyRecord, RowProblem } from "../imports/records";
import { inspectFile, rowBatches, UnreadableFileError } from "../imports/row-stream";
import { cslRecord } from "../imports/records";
import { isRepeatedHeader, type ListedEntryInput } from "../lists/csl";
import { diffLists, diffSummary } from "../lists/diff";
import { qualityReasons } from "../lists/quality";
import { toMinorUnits, toMinorUnitsNumber } from "../money";
import { AppError } from "../errors";
import { appendAudit } from "./audit";
import { bulkTransaction, newId, type BulkWriter } from "./bulk";
import { discardJob, earlierJobForSameContent, failInterruptedJobs, findSameContent, finishJob, jobEnded, saveMapping, savedMapping, startJob, type ImportCounts, type ImportStatus } from "./import-jobs";
import { insertListVersion } from "./list-versions";
import { rescreenParties } from "./screening-runs";
import { currentEntriesForDiff } from "./list-diff";
import { db } from "../db";

export const DEFAULT_MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
export function maxUploadBytes(): number {
  const mb = Number(process.env.CHOKEPOINT_MAX_UPLOAD_MB);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : DEFAULT_MAX_UPLOAD_BYTES;
}
const MAX_JSON_BYTES = 256 * 1024 * 1024;
const KEEP_ERRORS = 1000;
const RAW_BLOCK = 500;

export type ImportProgress = { phase: "hashing" | "parsing" | "writing" | "done"; bytesRead: number; bytesTotal: number; rows: number };
export type ImportRequest = Overrides & {
  file: string;
  fileName: string;
  actor: { id: string | null; email: string | null };
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  onJob?: (jobId: string) => void;
  /** known already (the upload route hashes while it receives) */
  sha256?: string;
  label?: string;
};
export type ImportResult = {
  status: ImportStatus;
  jobId: string | null;
  kind: ImportKind | null;
  format: ImportFormat | null;
  file: string;
  version: { type: string; id: string; label?: string } | null;
  counts: ImportCounts;
  errors: (RowProblem | { row: number | null; column: string | null; message: string })[];
  errorTotal: number;
  quarantineReasons?: string[];
  diff?: ReturnType<typeof diffSummary>;
  notes: string[];
  message: string;
  durationMs: number;
};

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Analysis for the upload page's preview: nothing is written. */
export async function analyseUpload(file: string, fileName: string, overrides: Overrides): Promise<Analysis & { encoding: string; bytes: number }> {
  const info = await inspectFile(file);
  const saved = new Map<string, Awaited<ReturnType<typeof savedMapping>>>();
  // look up a remembered mapping for every kind the file could be, then analyse synchronously
  const probe = analyse(info.head, fileName, overrides, () => null);
  if (probe.kind && probe.signature) saved.set(`${probe.kind}|${probe.signature}`, await savedMapping(probe.kind, probe.signature));
  const a = analyse(info.head, fileName, overrides, (k, s) => saved.get(`${k}|${s}`) ?? null);
  return { ...a, encoding: info.encoding, bytes: info.bytes };
}

const emptyCounts = (): ImportCounts => ({ read: 0, imported: 0, skipped: 0, invalid: 0 });

export async function runImport(req: ImportRequest): Promise<ImportResult> {
  const started = Date.now();
  const result = (r: Partial<ImportResult> & { status: ImportStatus; message: string }): ImportResult => ({
    jobId: null, kind: null, format: null, file: req.fileName, version: null, counts: emptyCounts(), errors: [], errorTotal: 0, notes: [], durationMs: Date.now() - started, ...r,
  });
  const { size } = await fs.promises.stat(req.file);
  const limit = maxUploadBytes();
  if (size > limit) {
    throw new AppError("TOO_LARGE", `${req.fileName}: ${(size / 1048576).toFixed(0)} MB is over the ${(limit / 1048576).toFixed(0)} MB import limit (CHOKEPOINT_MAX_UPLOAD_MB)`);
  }
  let analysis: Awaited<ReturnType<typeof analyseUpload>>;
  try {
    analysis = await analyseUpload(req.file, req.fileName, req);
  } catch (e) {
    if (e instanceof UnreadableFileError) return result({ status: "rejected", message: `${req.fileName}: ${e.message}`, errors: [{ row: null, column: null, message: e.message }], errorTotal: 1 });
    throw e;
  }
  const { kind, format } = analysis;
  if (!kind || !format || analysis.fileProblems.length) {
    const first = analysis.fileProblems[0];
    return result({ status: "rejected", kind, format, notes: analysis.notes, errors: analysis.fileProblems, errorTotal: analysis.fileProblems.length, message: `${req.fileName}${first?.row ? `, row ${first.row}` : ""}${first?.column ? `, column ${first.column}` : ""}: ${first?.message ?? "not importable"}` });
  }

  const sha256 = req.sha256 ?? (req.onProgress?.({ phase: "hashing", bytesRead: 0, bytesTotal: size, rows: 0 }), await sha256File(req.file));
  // a job left "running" by a process that died would otherwise block or confuse this one
  await failInterruptedJobs();
  const unchanged = (same: { id: string; resultType: string | null; resultId: string | null; fileName: string }) =>
    result({ status: "unchanged", kind, format, jobId: same.id, version: same.resultType && same.resultId ? { type: same.resultType, id: same.resultId } : null, message: `${req.fileName}: the same content was imported before (${same.fileName}); nothing changed` });
  const same = await findSameContent(kind, sha256);
  if (same) return unchanged(same);

  const jobId = await startJob({ kind, fileName: req.fileName, fileSha256: sha256, fileSize: size, format, encoding: analysis.encoding, header: analysis.header, mapping: analysis.mapping, actor: req.actor });
  try {
    return await runJob(req, jobId, analysis, size, sha256, started, result, unchanged);
  } finally {
    jobEnded(jobId);
  }
}

async function runJob(
  req: ImportRequest, jobId: string, analysis: Awaited<ReturnType<typeof analyseUpload>>, size: number, sha256: string, started: number,
  result: (r: Partial<ImportResult> & { status: ImportStatus; message: string }) => ImportResult,
  unchanged: (same: { id: string; resultType: string | null; resultId: string | null; fileName: string }) => ImportResult,
): Promise<ImportResult> {
  const kind = analysis.kind!, format = analysis.format!;
  const earlier = await earlierJobForSameContent(jobId, kind, sha256);
  if (earlier) {
    await discardJob(jobId);
    if (earlier.status === "succeeded") return unchanged(earlier);
    throw new AppError("CONFLICT", `${req.fileName}: the same file is already being imported (job ${earlier.id}${earlier.createdByEmail ? `, by ${earlier.createdByEmail}` : ""}); it becomes the version when it finishes. Nothing was written by this import.`);
  }
  req.onJob?.(jobId);
  if (analysis.mappingSource !== "header-names" && analysis.signature) await saveMapping(kind, analysis.signature, analysis.header, analysis.mapping);
  const base = { jobId, kind, format, notes: analysis.notes };
  let outcome: ImportResult;
  try {
    outcome = kind === "list" ? await importList(req, analysis, size, base, sha256) : await importRows(req, analysis, size, base);
  } catch (e) {
    const cancelled = (e as Error)?.name === "AbortError";
    outcome = result({ ...base, status: cancelled ? "cancelled" : "failed", message: cancelled ? `${req.fileName}: import cancelled; nothing was written` : `${req.fileName}: import failed (${(e as Error).message}); nothing was written` });
    await finishJob(jobId, { ...outcome, errors: [], durationMs: Date.now() - started });
    if (!cancelled && !(e instanceof AppError)) throw e;
    return outcome;
  }
  outcome.durationMs = Date.now() - started;
  await finishJob(jobId, { ...outcome, errors: outcome.errors.filter((x): x is RowProblem => "expected" in x), resultType: outcome.version?.type, resultId: outcome.version?.id });
  await appendAudit(req.actor, {
    action: `import.${outcome.status}`, entityType: "import", entityId: jobId,
    after: { kind, format, file: req.fileName, sha256, counts: outcome.counts, version: outcome.version, quarantineReasons: outcome.quarantineReasons ?? null },
  });
  if (kind === "list" && outcome.status === "imported") {
    const rescreen = await rescreenParties(req.actor);
    if (rescreen) outcome.message += `; stored parties re-screened against it`;
  }
  req.onProgress?.({ phase: "done", bytesRead: size, bytesTotal: size, rows: outcome.counts.read });
  return outcome;
}

type Base = { jobId: string; kind: ImportKind; format: ImportFormat; notes: string[] };

function problemsMessage(file: string, problems: RowProblem[], total: number): string {
  const p = problems[0];
  return p ? `${file}: ${total} problem(s); first at row ${p.row}, column ${p.column}: "${p.value}" (expected ${p.expected})` : `${file}: no problems`;
}

/** Keeps the first problems and counts the rest. */
class ProblemLog {
  readonly kept: RowProblem[] = [];
  total = 0;
  add(ps: readonly RowProblem[]) {
    this.total += ps.length;
    for (const p of ps) if (this.kept.length < KEEP_ERRORS) this.kept.push(p);
  }
}

/** Batches of data rows (the header and any preamble skipped); `firstRow` is the 1-based row number of rows[0]. */
async function* dataRows(req: ImportRequest, analysis: Analysis, size: number, problems: ProblemLog): AsyncGenerator<{ rows: string[][]; firstRow: number }> {
  const info = await inspectFile(req.file);
  for await (const batch of rowBatches(req.file, info, {
    delimiter: analysis.delimiter,
    signal: req.signal,
    onProblem: (p) => { if (p.code === "MissingQuotes") problems.add([{ row: p.row + 1, column: "(row)", value: "", expected: "a closing quote: the quoted field runs to the end of the file (truncated?)" }]); },
  })) {
    req.onProgress?.({ phase: "parsing", bytesRead: batch.bytesRead, bytesTotal: size, rows: Math.max(0, batch.firstRowIndex - analysis.headerRow) });
    const skip = Math.max(0, analysis.headerRow + 1 - batch.firstRowIndex);
    if (skip >= batch.rows.length) continue;
    yield { rows: skip ? batch.rows.slice(skip) : batch.rows, firstRow: batch.firstRowIndex + skip + 1 };
  }
}

function mismatch(cells: readonly string[], header: readonly string[], row: number): RowProblem | null {
  if (cells.length === header.length || cells.every((c) => c.trim() === "")) return null;
  // extra cells that are all empty (a trailing delimiter) are harmless
  if (cells.length > header.length && cells.slice(header.length).every((c) => c.trim() === "")) return null;
  return { row, column: "(row)", value: `${cells.length} cells`, expected: `${header.length} cells, as in the header row` };
}

// ---- lists -------------------------------------------------------------------------------------------

async function importList(req: ImportRequest, analysis: Analysis, size: number, base: Base, sha256: string): Promise<ImportResult> {
  const problems = new ProblemLog();
  const entries: ListedEntryInput[] = [];
  const raw: { rowNumber: number; cells: unknown }[] = [];
  const counts = emptyCounts();
  if (base.format === "csl-json") {
    if (size > MAX_JSON_BYTES) throw new AppError("TOO_LARGE", `${req.fileName}: JSON lists are read whole, and ${Math.round(size / 1048576)} MB is over the ${MAX_JSON_BYTES / 1048576} MB limit for them; use the CSV form`);
    let records: Record<string, string>[];
    try {
      records = cslJsonRecords(await fs.promises.readFile(req.file, "utf8"));
    } catch (e) {
      if (e instanceof CslJsonError) return { ...base, status: "rejected", file: req.fileName, version: null, counts, errors: [{ row: null, column: null, message: e.message }], errorTotal: 1, message: `${req.fileName}: ${e.message}`, durationMs: 0 };
      throw e;
    }
    records.forEach((values, i) => {
      counts.read++;
      const { record, problems: ps } = cslRecord(values, i + 1);
      raw.push({ rowNumber: i + 1, cells: values });
      if (record) entries.push(record); else { counts.invalid++; problems.add(ps); }
    });
  } else {
    const toRecord = recordFor(base.kind, base.format, analysis.header, analysis.mapping);
    for await (const { rows, firstRow } of dataRows(req, analysis, size, problems)) {
      for (let i = 0; i < rows.length; i++) {
        const cells = rows[i]!, row = firstRow + i;
        const { record, problems: ps, skip } = toRecord(cells, row);
        if (skip) { if (cells.some((c) => c.trim() !== "")) counts.skipped++; continue; }
        counts.read++;
        raw.push({ rowNumber: row, cells });
        const bad = mismatch(cells, analysis.header, row);
        if (bad) { counts.invalid++; problems.add([bad]); continue; }
        if (record) entries.push(record as ListedEntryInput); else { counts.invalid++; problems.add(ps); }
      }
    }
  }
  const truncation = problems.kept.filter((p) => p.column === "(row)" && p.expected.startsWith("a closing quote"));
  // a truncated final record was already counted as a cell-count mismatch: report it once, as truncation
  if (truncation.length) {
    for (const t of truncation) {
      const dup = problems.kept.findIndex((p) => p.row === t.row && p !== t);
      if (dup >= 0) { problems.kept.splice(dup, 1); problems.total--; }
    }
  }
  counts.imported = entries.length;
  req.onProgress?.({ phase: "writing", bytesRead: size, bytesTotal: size, rows: counts.read });

  const listKind = base.format === "custom-list" ? "internal" : "csl";
  const previous = await db().listVersion.findFirst({ where: { listKind, status: "current" }, orderBy: { createdAt: "desc" }, select: { id: true, sourceCounts: true } });
  const sourceCounts: Record<string, number> = {};
  for (const e of entries) sourceCounts[e.sourceCode] = (sourceCounts[e.sourceCode] ?? 0) + 1;
  const reasons = qualityReasons({ format: base.format, headers: analysis.header, previousCounts: (previous?.sourceCounts as Record<string, number> | null) ?? null, counts: sourceCounts, read: counts.read, invalid: counts.invalid });
  if (entries.length === 0) reasons.push("no valid entries");
  const status = reasons.length ? "quarantined" : "current";
  const publishedOn = entries.map((e) => e.startDate ?? "").filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort().pop() ?? null;
  const label = req.label ?? `${path.basename(req.fileName).replace(/\.[^.]+$/, "")} (${new Date().toISOString().slice(0, 10)})`;
  let diff: ReturnType<typeof diffSummary> | undefined;
  const versionId = await bulkTransaction(async (w) => {
    await writeRawRows(w, base.jobId, raw);
    const id = await insertListVersion({ listKind, label, status, publishedOn, fileName: req.fileName, fileSha256: sha256, importJobId: base.jobId, createdById: req.actor.id, quarantineReason: reasons.join("; ") || null, previousVersionId: previous?.id ?? null, diffSummary: null }, entries, w);
    if (previous) {
      // the SQLite writer is still storing the entries on its own thread: compare them with the previous
      // version meanwhile (read through the other connection, which sees the last committed state)
      diff = diffSummary(diffLists(await currentEntriesForDiff(previous.id), entries));
      await w.execute(`UPDATE "list_version" SET "diffSummary" = ? WHERE "id" = ?`, [diff, id]);
    }
    return id;
  });
  const message = status === "current"
    ? `${req.fileName}: ${counts.imported} entries imported as the current list version${diff ? ` (${diff.added} added, ${diff.removed} removed, ${diff.changed} changed)` : ""}${counts.invalid ? `; ${counts.invalid} invalid row(s) skipped` : ""}`
    : `${req.fileName}: quarantined: ${reasons.join("; ")}. The current version keeps serving until an admin approves or rejects this one.`;
  return { ...base, status: status === "current" ? "imported" : "quarantined", file: req.fileName, version: { type: "list-version", id: versionId, label }, counts, errors: problems.kept, errorTotal: problems.total, quarantineReasons: reasons.length ? reasons : undefined, diff, message, durationMs: 0 };
}

async function writeRawRows(w: BulkWriter, jobId: string, raw: readonly { rowNumber: number; cells: unknown }[]): Promise<void> {
  const blocks: (string | number)[][] = [];
  for (let i = 0; i < raw.length; i += RAW_BLOCK) {
    const block = raw.slice(i, i + RAW_BLOCK);
    blocks.push([jobId, block[0]!.rowNumber, block.length, JSON.stringify(block.map((r) => r.cells))]);
  }
  await w.insert("raw_row", ["importJobId", "rowNumber", "rowCount", "data"], blocks);
}

// ---- BOMs, parties, financials: streamed straight into the transaction --------------------------------

class Rollback extends Error {}

async function importRows(req: ImportRequest, analysis: Analysis, size: number, base: Base): Promise<ImportResult> {
  const problems = new ProblemLog();
  const counts = emptyCounts();
  const toRecord = recordFor(base.kind, base.format, analysis.header, analysis.mapping);
  let version: ImportResult["version"] = null;
  try {
    await bulkTransaction(async (w) => {
      const sink = await openSink(w, base, req);
      let block: { rowNumber: number; cells: string[] }[] = [];
      const flushRaw = async () => { if (block.length) { await writeRawRows(w, base.jobId, block); block = []; } };
      for await (const { rows, firstRow } of dataRows(req, analysis, size, problems)) {
        const records: object[] = [];
        for (let i = 0; i < rows.length; i++) {
          const cells = rows[i]!, row = firstRow + i;
          const { record, problems: ps } = toRecord(cells, row);
          if (!record) { if (ps.length) { counts.read++; counts.invalid++; problems.add(ps); } else if (cells.some((c) => c.trim() !== "")) counts.skipped++; continue; }
          counts.read++;
          const bad = mismatch(cells, analysis.header, row);
          if (bad) { counts.invalid++; problems.add([bad]); continue; }
          if (problems.total === 0) { records.push(record); block.push({ rowNumber: row, cells }); }
        }
        // after the first problem nothing more is written (it will all roll back), but parsing goes on to
        // report every problem in the file at once
        if (problems.total === 0) {
          await sink.write(records);
          counts.imported += records.length;
          if (block.length >= RAW_BLOCK) await flushRaw();
        }
      }
      if (problems.total > 0) throw new Rollback();
      await flushRaw();
      version = await sink.finish(counts.imported);
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
    counts.imported = 0;
    return { ...base, status: "rejected", file: req.fileName, version: null, counts, errors: problems.kept, errorTotal: problems.total, message: `${problemsMessage(req.fileName, problems.kept, problems.total)}. Nothing was imported: fix the file and import it again.`, durationMs: 0 };
  }
  const what = base.kind === "bom" ? "BOM lines" : base.kind === "parties" ? "parties" : "financial rows";
  return { ...base, status: "imported", file: req.fileName, version, counts, errors: [], errorTotal: 0, message: `${req.fileName}: ${counts.imported} ${what} imported`, durationMs: 0 };
}

type Sink = { write(records: object[]): Promise<void>; finish(n: number): Promise<{ type: string; id: string; label?: string }> };

async function openSink(w: BulkWriter, base: Base, req: ImportRequest): Promise<Sink> {
  if (base.kind === "bom") return bomSink(w, base, req);
  if (base.kind === "parties") return partySink(w, base);
  return financialSink(w, base);
}

const bomLineColumns = ["bomId", "lineNo", "rowNumber", "references", "manufacturer", "mpn", "description", "quantity", "unitPriceE4", "currency", "eccn", "countryOfOrigin", "usContentBp", "dnp"] as const;

async function bomSink(w: BulkWriter, base: Base, req: ImportRequest): Promise<Sink> {
  const bomId = newId();
  const name = req.label ?? path.basename(req.fileName).replace(/\.[^.]+$/, "");
  await w.insert("bom", ["id", "name", "format", "isDemo", "sourceNote", "importJobId", "createdAt"], [[bomId, name, base.format, false, `Imported from ${req.fileName}`, base.jobId, new Date()]]);
  let lineNo = 0;
  let product: string | null = null;
  return {
    async write(records) {
      const rows = (records as BomRecord[]).map((r) => {
        product ??= r.product;
        return [bomId, ++lineNo, r.rowNumber, r.references.join(" ") || null, r.manufacturer, r.mpn, r.description, r.quantity, r.unitPrice ? toMinorUnitsNumber(r.unitPrice, 4) : null, r.currency, r.eccn, r.countryOfOrigin, r.usContentPct == null ? null : Math.round(r.usContentPct * 100), r.dnp];
      });
      await w.insert("bom_line", bomLineColumns, rows);
    },
    async finish() {
      if (product) {
        const found = await db().product.findUnique({ where: { name: product }, select: { id: true } });
        if (found) await w.execute(`UPDATE "bom" SET "productId" = ? WHERE "id" = ?`, [found.id, bomId]);
      }
      return { type: "bom", id: bomId, label: name };
    },
  };
}

async function partySink(w: BulkWriter, base: Base): Promise<Sink> {
  return {
    async write(records) {
      await w.insert("party", ["id", "kind", "name", "country", "address", "identifiers", "parentName", "isDemo", "importJobId", "createdAt"],
        (records as PartyRecord[]).map((r) => [newId(), r.kind, r.name, r.country, r.address, r.identifiers, r.parentName, false, base.jobId, new Date()]));
    },
    async finish(n) { return { type: "parties", id: base.jobId, label: `${n} parties` }; },
  };
}

async function financialSink(w: BulkWriter, base: Base): Promise<Sink> {
  const lines = new Map<string, string>();
  for (const l of await db().productLine.findMany({ select: { id: true, name: true } })) lines.set(l.name, l.id);
  return {
    async write(records) {
      for (const r of records as FinancialRecord[]) {
        let lineId = lines.get(r.productLine);
        if (!lineId) {
          lineId = newId();
          lines.set(r.productLine, lineId);
          await w.insert("product_line", ["id", "name", "segment", "currency", "growthBp", "isDemo", "createdAt"], [[lineId, r.productLine, r.segment, r.currency, 0, false, new Date()]]);
        }
        // one row per line and period: a newer import of the same period replaces its figures
        await w.execute(`DELETE FROM "financial" WHERE "productLineId" = ? AND "period" = ?`, [lineId, r.period]);
        await w.insert("financial", ["id", "productLineId", "period", "revenueMinor", "costMinor", "currency", "isEstimate", "source", "importJobId"],
          [[newId(), lineId, r.period, toMinorUnits(r.revenue), toMinorUnits(r.cost), r.currency, false, r.source, base.jobId]]);
      }
    },
    async finish(n) { return { type: "financials", id: base.jobId, label: `${n} financial rows` }; },
  };
}

/**
 * A BOM file read and validated in memory, nothing written: for checking a BOM without importing it
 * (`chokepoint check-bom`). Any invalid row is reported like an import would report it.
 */
export async function readBomFile(file: string, fileName: string): Promise<{ records: BomRecord[]; problems: RowProblem[]; format: string | null; message: string | null }> {
  const { size } = await fs.promises.stat(file);
  if (size > maxUploadBytes()) throw new AppError("TOO_LARGE", `${fileName}: over the import size limit`);
  const analysis = await analyseUpload(file, fileName, { kind: "bom" });
  if (analysis.kind !== "bom" || !analysis.format || analysis.fileProblems.length) {
    const first = analysis.fileProblems[0];
    return { records: [], problems: [], format: analysis.format, message: `${fileName}: ${first?.message ?? "not readable as a bill of materials"}` };
  }
  const problems = new ProblemLog();
  const records: BomRecord[] = [];
  const toRecord = recordFor("bom", analysis.format, analysis.header, analysis.mapping);
  const req = { file, fileName, actor: { id: null, email: null } } as ImportRequest;
  for await (const { rows, firstRow } of dataRows(req, analysis, size, problems)) {
    rows.forEach((cells, i) => {
      const { record, problems: ps } = toRecord(cells, firstRow + i);
      if (record) records.push(record as BomRecord); else problems.add(ps);
    });
  }
  return { records, problems: problems.kept, format: analysis.format, message: problems.total ? problemsMessage(fileName, problems.kept, problems.total) : null };
}
