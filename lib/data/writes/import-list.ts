import "server-only";
// A list import: every entry is read and checked first (a list is small enough to hold, and the quality
// gates need its per-source counts), then the version, its entries and its raw rows are written in one
// transaction, diffed against the version in force while the SQLite writer stores them.
import fs from "node:fs";
import path from "node:path";
import type { Analysis } from "../../imports/analyse";
import { recordFor } from "../../imports/analyse";
import { cslJsonRecords, CslJsonError } from "../../imports/csl-json";
import { cslRecord } from "../../imports/records";
import { ftmListRecords } from "../../imports/ftm-list";
import type { ListedEntryInput } from "../../lists/csl";
import { diffLists, diffSummary, type ListDiff } from "../../lists/diff";
import { protectedChangeReasons, protectedChanges } from "../../lists/protected-entries";
import { jsonColumnReasons, qualityReasons } from "../../lists/quality";
import { AppError } from "../../errors";
import { db } from "../../db";
import { bulkTransaction } from "./bulk";
import { dataRows, emptyCounts, mismatch, ProblemLog } from "../import-stream";
import { writeRawRows } from "./raw-rows";
import type { ImportBase, ImportRequest, ImportResult, LandedHook } from "../import-types";
import { currentEntriesForDiff } from "../list-diff";
import { protectedHits } from "../protected-hits";
import { insertListVersion } from "./list-versions";

const MAX_JSON_BYTES = 256 * 1024 * 1024;

export async function importList(
  req: ImportRequest,
  analysis: Analysis,
  size: number,
  base: ImportBase,
  sha256: string,
  onLanded: LandedHook,
): Promise<ImportResult> {
  const problems = new ProblemLog();
  const entries: ListedEntryInput[] = [];
  const raw: { rowNumber: number; cells: unknown }[] = [];
  const counts = emptyCounts();
  let jsonReasons: string[] = [];
  if (base.format === "csl-json") {
    if (size > MAX_JSON_BYTES)
      throw new AppError(
        "TOO_LARGE",
        `${req.fileName}: JSON lists are read whole, and ${Math.round(size / 1048576)} MB is over the ${MAX_JSON_BYTES / 1048576} MB limit for them; use the CSV form`,
      );
    let records: Record<string, string>[];
    try {
      records = cslJsonRecords(await fs.promises.readFile(req.file, "utf8"));
    } catch (e) {
      if (e instanceof CslJsonError)
        return {
          ...base,
          status: "rejected",
          file: req.fileName,
          version: null,
          counts,
          errors: [{ row: null, column: null, message: e.message }],
          errorTotal: 1,
          message: `${req.fileName}: ${e.message}`,
          durationMs: 0,
        };
      throw e;
    }
    jsonReasons = jsonColumnReasons(records);
    records.forEach((values, i) => {
      counts.read++;
      const { record, problems: ps } = cslRecord(values, i + 1);
      raw.push({ rowNumber: i + 1, cells: values });
      if (record) entries.push(record);
      else {
        counts.invalid++;
        problems.add(ps);
      }
    });
  } else if (base.format === "ftm") {
    // read whole, as the JSON form is: a FollowTheMoney export of one list is small beside the upload limit
    const text = (await fs.promises.readFile(req.file, "utf8")).replace(/^\uFEFF/, "");
    const ftm = ftmListRecords(text.split(/\r?\n/).map((line, i) => ({ row: i + 1, line })));
    problems.add(ftm.problems);
    counts.read = ftm.entries.length + ftm.problems.length;
    counts.invalid = ftm.problems.length;
    for (const [why, n] of ftm.skipped) {
      counts.skipped += n;
      base.notes.push(`${n} entit${n === 1 ? "y" : "ies"} skipped: ${why}`);
    }
    for (const e of ftm.entries) {
      entries.push(e);
      raw.push({ rowNumber: e.rowNumber, cells: { name: e.name, aliases: e.aliases, remarks: e.remarks } });
    }
  } else {
    const toRecord = recordFor(base.kind, base.format, analysis.header, analysis.mapping);
    for await (const { rows, firstRow } of dataRows(req, analysis, size, problems)) {
      for (let i = 0; i < rows.length; i++) {
        const cells = rows[i]!,
          row = firstRow + i;
        const { record, problems: ps, skip } = toRecord(cells, row);
        if (skip) {
          if (cells.some((c) => c.trim() !== "")) counts.skipped++;
          continue;
        }
        counts.read++;
        raw.push({ rowNumber: row, cells });
        const bad = mismatch(cells, analysis.header, row);
        if (bad) {
          counts.invalid++;
          problems.add([bad]);
          continue;
        }
        if (record) entries.push(record as ListedEntryInput);
        else {
          counts.invalid++;
          problems.add(ps);
        }
      }
    }
  }
  const truncation = problems.kept.filter((p) => p.column === "(row)" && p.expected.startsWith("a closing quote"));
  // a truncated final record was already counted as a cell-count mismatch: report it once, as truncation
  if (truncation.length) {
    for (const t of truncation) {
      const dup = problems.kept.findIndex((p) => p.row === t.row && p !== t);
      if (dup >= 0) {
        problems.kept.splice(dup, 1);
        problems.total--;
      }
    }
  }
  counts.imported = entries.length;
  req.onProgress?.({ phase: "writing", bytesRead: size, bytesTotal: size, rows: counts.read });

  const listKind = base.format === "custom-list" || base.format === "ftm" ? "internal" : "csl";
  const previous = await db().listVersion.findFirst({
    where: { listKind, status: "current" },
    orderBy: { createdAt: "desc" },
    select: { id: true, sourceCounts: true },
  });
  const sourceCounts: Record<string, number> = {};
  for (const e of entries) sourceCounts[e.sourceCode] = (sourceCounts[e.sourceCode] ?? 0) + 1;
  const reasons = qualityReasons({
    format: base.format,
    headers: analysis.header,
    previousCounts: (previous?.sourceCounts as Record<string, number> | null) ?? null,
    counts: sourceCounts,
    read: counts.read,
    invalid: counts.invalid,
  });
  reasons.push(...jsonReasons);
  if (entries.length === 0) reasons.push("no valid entries");
  // A version that removes or weakens an entry one of the stored parties matches is quarantined whatever the
  // share it changes. Only then is the diff computed up front; otherwise it runs beside the SQLite writer below.
  let fullDiff: ListDiff | undefined;
  const guarded = previous ? await protectedHits() : [];
  if (previous && guarded.length) {
    fullDiff = diffLists(await currentEntriesForDiff(previous.id), entries);
    reasons.push(...protectedChangeReasons(protectedChanges(fullDiff, guarded)));
  }
  const status = reasons.length ? "quarantined" : "current";
  const publishedOn =
    req.publishedOn ??
    entries
      .map((e) => e.startDate ?? "")
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .pop() ??
    null;
  const label =
    req.label ?? `${path.basename(req.fileName).replace(/\.[^.]+$/, "")} (${new Date().toISOString().slice(0, 10)})`;
  return bulkTransaction(async (w) => {
    let diff: ReturnType<typeof diffSummary> | undefined;
    // the version first: it checks that the version compared with is still current, so an import that lost
    // a race gives the write lock back at once instead of after writing its raw rows
    const id = await insertListVersion(
      {
        listKind,
        label,
        status,
        publishedOn,
        fileName: req.fileName,
        fileSha256: sha256,
        importJobId: base.jobId,
        createdById: req.actor.id,
        quarantineReason: reasons.join("; ") || null,
        previousVersionId: previous?.id ?? null,
        diffSummary: null,
      },
      entries,
      w,
    );
    await writeRawRows(w, base.jobId, raw);
    if (previous) {
      // the SQLite writer is still storing the entries on its own thread: compare them with the previous
      // version meanwhile (read through the other connection, which sees the last committed state)
      diff = diffSummary(fullDiff ?? diffLists(await currentEntriesForDiff(previous.id), entries));
      await w.execute(`UPDATE "list_version" SET "diffSummary" = ? WHERE "id" = ?`, [diff, id]);
    }
    const outcome = listOutcome(
      req,
      base,
      status,
      { type: "list-version", id, label },
      counts,
      problems,
      reasons,
      diff,
    );
    await onLanded(w, outcome);
    return outcome;
  });
}

function listOutcome(
  req: ImportRequest,
  base: ImportBase,
  status: "current" | "quarantined",
  version: NonNullable<ImportResult["version"]>,
  counts: ImportResult["counts"],
  problems: ProblemLog,
  reasons: string[],
  diff: ReturnType<typeof diffSummary> | undefined,
): ImportResult {
  const message =
    status === "current"
      ? `${req.fileName}: ${counts.imported} entries imported as the current list version${diff ? ` (${diff.added} added, ${diff.removed} removed, ${diff.changed} changed)` : ""}${counts.invalid ? `; ${counts.invalid} invalid row(s) skipped` : ""}`
      : `${req.fileName}: quarantined: ${reasons.join("; ")}. The current version keeps serving until an admin approves or rejects this one.`;
  return {
    ...base,
    status: status === "current" ? "imported" : "quarantined",
    file: req.fileName,
    version,
    counts,
    errors: problems.kept,
    errorTotal: problems.total,
    quarantineReasons: reasons.length ? reasons : undefined,
    diff,
    message,
    durationMs: 0,
  };
}
