import type { Command } from "commander";
import { disconnectDb } from "@/lib/db";
import { configuredCslUrl, envWith, listUpdateConfig } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { emptyCounts } from "@/lib/data/import-stream";
import { updateLists, type ListUpdateResult, type UpdateProgress } from "@/lib/operations/update-lists";
import { cliActor } from "./actor";

/** The one object `lists update --json` prints. */
export function updateJson(r: ListUpdateResult) {
  return {
    status: r.status,
    version: r.version,
    counts: r.counts,
    source: r.source,
    message: r.message,
    quarantineReasons: r.quarantineReasons,
  };
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** Progress on stderr: rewritten in place on a terminal, a line every 10 % (or 5 MB when the size is unknown) in a log. */
function progressPrinter(): (p: UpdateProgress) => void {
  let lastShown = 0;
  let lastStep = -1;
  let phase = "";
  return (p) => {
    if (p.phase === "done") {
      if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
      return;
    }
    const pct = p.bytesTotal ? Math.floor((p.bytesRead / Math.max(p.bytesTotal, 1)) * 100) : null;
    const line = `${p.phase}${p.note ? ` (${p.note})` : ""} ${mb(p.bytesRead)}${p.bytesTotal ? ` of ${mb(p.bytesTotal)} (${pct}%)` : ""}${p.rows ? `, ${p.rows.toLocaleString("en-US")} rows` : ""}`;
    if (process.stderr.isTTY) {
      if (Date.now() - lastShown < 250) return;
      lastShown = Date.now();
      process.stderr.write(`\r${line}   `);
      return;
    }
    const step = pct !== null ? Math.floor(pct / 10) : Math.floor(p.bytesRead / (5 * 1048576));
    if (p.phase === phase && step === lastStep) return;
    phase = p.phase;
    lastStep = step;
    process.stderr.write(`lists update: ${line}\n`);
  };
}

function printUpdate(r: ListUpdateResult): void {
  if (r.status === "failed") {
    // offline or a publisher error: one line, naming the URL and the cause
    console.error(`chokepoint: lists update failed: ${r.message}`);
    return;
  }
  console.log(r.message);
  if (r.version)
    console.log(`version: ${r.version.type} ${r.version.id}${r.version.label ? ` (${r.version.label})` : ""}`);
  console.log(
    `counts: read ${r.counts.read}, imported ${r.counts.imported}, skipped ${r.counts.skipped}, invalid ${r.counts.invalid}`,
  );
  if (r.source.sha256) console.log(`source: ${r.source.url}, ${r.source.bytes} bytes, sha256 ${r.source.sha256}`);
  for (const q of r.quarantineReasons) console.log(`quarantine: ${q}`);
}

export function registerListsUpdateCommand(program: Command): void {
  const lists =
    program.commands.find((c) => c.name() === "lists") ??
    program.command("lists").description("restricted-party list versions");
  lists
    .command("update")
    .description(
      "download the Consolidated Screening List from its publisher and import it as a new version (CHOKEPOINT_CSL_URL)",
    )
    .option("--url <url>", "download from this URL instead")
    .option("--format <format>", "json | csv (default: from the URL, else json)")
    .option("--json", "print one JSON object: status, version, counts, source, message")
    .option("--first-start", "only when no list has been downloaded or imported yet (what npm start runs)")
    .action(async (opts: { url?: string; format?: string; json?: boolean; firstStart?: boolean }) => {
      try {
        if (opts.format && opts.format !== "json" && opts.format !== "csv")
          throw new AppError("INVALID_INPUT", `unknown format "${opts.format}": use json or csv`);
        const config = listUpdateConfig(envWith("CHOKEPOINT_CSL_URL", opts.url));
        const r = await updateLists({
          trigger: opts.firstStart ? "first-start" : "cli",
          actor: cliActor,
          config,
          format: opts.format as "json" | "csv" | undefined,
          onlyIfNoList: opts.firstStart,
          onProgress: opts.json ? undefined : progressPrinter(),
        });
        if (opts.json) console.log(JSON.stringify(updateJson(r)));
        else if (opts.firstStart && !r.updateId)
          return; // a list is loaded already: nothing to say on every start
        else printUpdate(r);
        if (r.status !== "imported" && r.status !== "unchanged") process.exitCode = 1;
      } catch (e) {
        if (!opts.json || !isAppError(e)) throw e;
        const url = opts.url ?? configuredCslUrl();
        console.log(
          JSON.stringify(
            updateJson({
              status: "failed",
              version: null,
              counts: emptyCounts(),
              source: { url, etag: null, lastModified: null, sha256: null, bytes: null },
              message: e.message,
              quarantineReasons: [],
              updateId: null,
            }),
          ),
        );
        process.exitCode = 1;
      } finally {
        await disconnectDb();
      }
    });
}
