import "server-only";
// `lists update`, the server's schedule and an admin's "Update lists now": download the Consolidated
// Screening List from its publisher, then import it through the same path as `import list` (a version, the
// diff, the quarantine gates, the re-screen). One update runs at a time across every process and instance
// sharing the database (a lease); every attempt is a list_update row, which is what the Overview and
// /api/health report and what makes the next request conditional.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { listUpdateConfig, type ListUpdateConfig } from "../env";
import { isAppError } from "../errors";
import { DownloadError, downloadList } from "../lists/download";
import { isRejection, isUpdateDue, publisherDate, updateStatusOf, type UpdateStatus } from "../lists/update-policy";
import { type AuditActor, type AuditEvent } from "../data/audit";
import { runImport } from "./run-import";
import { emptyCounts } from "../data/import-stream";
import { acquireLease, releaseLease } from "../data/writes/leases";
import {
  createUpdateRow,
  currentCslVersion,
  finishUpdate,
  hasLoadedList,
  lastValidators,
  latestUpdateAttempt,
  linkImportJob,
  runningUpdate,
  writeUpdateProgress,
} from "../data/writes/list-updates";
import type { ListUpdateResult, UpdateProgress, UpdateTrigger } from "../data/list-update-types";
import { withAudit } from "../data/writes/audit-append";

export type { ListUpdateResult, UpdateProgress, UpdateTrigger } from "../data/list-update-types";

const LEASE = "list-update";
/** Longer than any download and import should take; a holder that died frees it after this. */
const LEASE_MS = 2 * 3_600_000;

export type UpdateOptions = {
  trigger: UpdateTrigger;
  actor: AuditActor;
  url?: string;
  format?: "json" | "csv";
  /** only when the schedule says it is due (checked again once the lease is held, so two instances run it once) */
  onlyIfDue?: boolean;
  /** only when no list has been downloaded or imported by a user yet (the first start) */
  onlyIfNoList?: boolean;
  onProgress?: (p: UpdateProgress) => void;
  config?: ListUpdateConfig;
};

const skipped = (url: string, message: string): ListUpdateResult => ({
  status: "unchanged",
  version: null,
  counts: emptyCounts(),
  source: { url, etag: null, lastModified: null, sha256: null, bytes: null },
  message,
  quarantineReasons: [],
  updateId: null,
});

export async function updateLists(opts: UpdateOptions): Promise<ListUpdateResult> {
  const config = opts.config ?? listUpdateConfig();
  const url = opts.url ?? config.url;
  const format = opts.format ?? (/\.csv(\?|$)/i.test(new URL(url).pathname) ? "csv" : "json");
  const holder = `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  if (!(await acquireLease(LEASE, holder, LEASE_MS))) {
    const running = await runningUpdate();
    const message = `${url}: another list update is running${running ? ` (${running.trigger}, since ${running.startedAt.toISOString()})` : ""}; nothing was done`;
    return { ...skipped(url, message), status: "failed" };
  }
  try {
    if (opts.onlyIfDue && !isUpdateDue(await latestUpdateAttempt(), new Date(), config.everyHours))
      return skipped(url, "not due yet");
    if (opts.onlyIfNoList && (await hasLoadedList()))
      return skipped(url, "a list is already loaded; nothing to do on first start");
    return await run(url, format, config, opts);
  } finally {
    await releaseLease(LEASE, holder).catch(() => undefined);
  }
}

async function run(
  url: string,
  format: "json" | "csv",
  config: ListUpdateConfig,
  opts: UpdateOptions,
): Promise<ListUpdateResult> {
  const previous = await lastValidators(url);
  const row = { id: await createUpdateRow(opts.trigger, url, opts.actor) };
  const source: ListUpdateResult["source"] = { url, etag: null, lastModified: null, sha256: null, bytes: null };
  let lastWrite = 0;
  const progress = (p: UpdateProgress) => {
    opts.onProgress?.(p);
    // the row carries progress for the Overview, written at most twice a second
    if (p.phase !== "done" && Date.now() - lastWrite < 500) return;
    lastWrite = Date.now();
    void writeUpdateProgress(row.id, p).catch(() => undefined);
  };
  const file = path.join(os.tmpdir(), `chokepoint-csl-${row.id}.${format}`);
  let result: ListUpdateResult;
  let importJobId: string | null = null;
  try {
    progress({ phase: "connecting", bytesRead: 0, bytesTotal: null });
    const d = await downloadList({
      url,
      dest: file,
      format,
      previous,
      maxBytes: config.maxBytes,
      idleTimeoutMs: config.idleTimeoutMs,
      retries: config.retries,
      onProgress: (p) => progress({ phase: "downloading", bytesRead: p.bytesRead, bytesTotal: p.bytesTotal }),
      onRetry: (attempt, _f, delay) =>
        progress({
          phase: "connecting",
          bytesRead: 0,
          bytesTotal: null,
          note: `attempt ${attempt} in ${delay / 1000} s`,
        }),
    });
    source.etag = d.etag;
    source.lastModified = d.lastModified;
    if (d.kind === "not-modified") {
      const current = await currentCslVersion();
      result = {
        status: "unchanged",
        version: current ? { type: "list-version", id: current.id, label: current.label } : null,
        counts: emptyCounts(),
        source,
        message: `${url}: not modified since the last download${d.etag ? ` (ETag ${d.etag})` : ""}; nothing imported`,
        quarantineReasons: [],
        updateId: row.id,
      };
    } else {
      source.sha256 = d.sha256;
      source.bytes = d.bytes;
      const published = publisherDate(d.lastModified);
      const fileName = decodeURIComponent(new URL(url).pathname.split("/").pop() || `consolidated.${format}`);
      const r = await runImport({
        file,
        fileName,
        kind: "list",
        format: format === "json" ? "csl-json" : undefined,
        label: `CSL from ${new URL(url).host} (${(published ?? new Date().toISOString()).slice(0, 10)})`,
        actor: opts.actor,
        sha256: d.sha256,
        publishedOn: published ? published.slice(0, 10) : null,
        onJob: (id) => {
          importJobId = id;
          void linkImportJob(row.id, id).catch(() => undefined);
        },
        onProgress: (p) =>
          progress({ phase: "importing", bytesRead: p.bytesRead, bytesTotal: p.bytesTotal, rows: p.rows }),
      });
      importJobId = r.jobId ?? importJobId;
      result = {
        status: updateStatusOf(r.status),
        version: r.version,
        counts: r.counts,
        source,
        message: `${url}: ${r.message}`,
        quarantineReasons: r.quarantineReasons ?? [],
        updateId: row.id,
      };
    }
  } catch (e) {
    if (!(e instanceof DownloadError) && !isAppError(e)) {
      const failed = { status: "failed" as const, message: `${url}: ${(e as Error).message ?? String(e)}` };
      await withAudit(
        opts.actor,
        (tx) => finishUpdate(tx, row.id, failed, source, null, null),
        () => updateAuditEvent(row.id, opts.trigger, url, { ...failed, version: null }, source),
      ).catch(() => undefined);
      throw e;
    }
    const status: UpdateStatus =
      e instanceof DownloadError
        ? isRejection(e.failure)
          ? "rejected"
          : "failed"
        : e.code === "TOO_LARGE"
          ? "rejected"
          : "failed";
    result = {
      status,
      version: null,
      counts: emptyCounts(),
      source,
      message: e instanceof DownloadError ? e.message : `${url}: ${e.message}`,
      quarantineReasons: [],
      updateId: row.id,
    };
  } finally {
    fs.rmSync(file, { force: true });
  }
  const outcome = result;
  await withAudit(
    opts.actor,
    (tx) => finishUpdate(tx, row.id, outcome, source, outcome.version?.id ?? null, importJobId),
    () => updateAuditEvent(row.id, opts.trigger, url, outcome, source),
  );
  opts.onProgress?.({ phase: "done", bytesRead: source.bytes ?? 0, bytesTotal: source.bytes });
  return result;
}

function updateAuditEvent(
  id: string,
  trigger: UpdateTrigger,
  url: string,
  result: Pick<ListUpdateResult, "status" | "version" | "message">,
  source: ListUpdateResult["source"],
): AuditEvent {
  return {
    action: `list-update.${result.status}`,
    entityType: "list-update",
    entityId: id,
    after: { trigger, url, status: result.status, version: result.version, source, message: result.message },
  };
}
