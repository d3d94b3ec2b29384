import path from "node:path";
import type { Command } from "commander";
import { disconnectDb } from "@/lib/db";
import { diffVersions } from "@/lib/data/list-diff";
import { emptyCounts } from "@/lib/data/import-stream";
import { importFormats, isFormatOf, importKinds, isImportKind } from "@/lib/imports/kinds";
import { isRowProblem, moreProblemsLine, problemLine } from "@/lib/imports/problems";
import { AppError, expectedFailureMessage } from "@/lib/errors";
import { runImport, type ImportResult } from "@/lib/operations/run-import";
import { cliActor } from "./actor";
import { invocationDir } from "@/lib/env";

function printResult(r: ImportResult): void {
  console.log(r.message);
  if (r.version)
    console.log(`version: ${r.version.type} ${r.version.id}${r.version.label ? ` (${r.version.label})` : ""}`);
  console.log(
    `counts: read ${r.counts.read}, imported ${r.counts.imported}, skipped ${r.counts.skipped}, invalid ${r.counts.invalid}`,
  );
  if (r.changes)
    console.log(`changes: ${r.changes.created} new, ${r.changes.updated} updated, ${r.changes.unchanged} unchanged`);
  for (const n of r.notes) console.log(`note: ${n}`);
  for (const q of r.quarantineReasons ?? []) console.log(`quarantine: ${q}`);
  if (r.diff)
    console.log(
      `diff: ${r.diff.added} added, ${r.diff.removed} removed, ${r.diff.changed} changed (${r.diff.policyChanged} licence changes), ${r.diff.unchanged} unchanged`,
    );
  for (const e of r.errors) console.log(problemLine(e));
  const more = moreProblemsLine(r.errorTotal, r.errors.length);
  if (more) console.log(more);
}

/** The one object `import --json` prints; its status is always one of the four the contract names. */
export function importJson(r: ImportResult) {
  return {
    status: contractStatuses.includes(r.status as ContractStatus) ? (r.status as ContractStatus) : "rejected",
    version: r.version,
    counts: r.counts,
    file: r.file,
    kind: r.kind,
    format: r.format,
    message: r.message,
    quarantineReasons: r.quarantineReasons ?? [],
    diff: r.diff ?? null,
    errors: r.errors.map((e) =>
      isRowProblem(e)
        ? { row: e.row, column: e.column, value: e.value, message: `expected ${e.expected}` }
        : { row: e.row, column: e.column, message: e.message },
    ),
    errorTotal: r.errorTotal,
  };
}
const contractStatuses = ["imported", "unchanged", "quarantined", "rejected"] as const;
type ContractStatus = (typeof contractStatuses)[number];

/** An import refused before it ran (size limit, the same file being imported, a bad option), as `--json` prints it. */
export function refusedJson(file: string, message: string): ReturnType<typeof importJson> {
  return importJson({
    status: "rejected",
    jobId: null,
    kind: null,
    format: null,
    file,
    version: null,
    counts: emptyCounts(),
    errors: [{ row: null, column: null, message }],
    errorTotal: 1,
    notes: [],
    message,
    durationMs: 0,
  });
}

export function registerImportCommands(program: Command): void {
  program
    .command("import")
    .description(`import a file: kind is ${Object.keys(importFormats).join(" | ")}`)
    .argument("<kind>", importKinds.join(" | "))
    .argument("<file>", "CSV (or JSON, for lists)")
    .option("--format <name>", `force the format (${Object.values(importFormats).flat().join(", ")})`)
    .option("--label <text>", "name of the list version or BOM")
    .option("--json", "print one JSON object: status, version, counts, errors")
    .action(async (kind: string, file: string, opts: { format?: string; label?: string; json?: boolean }) => {
      let lastShown = 0;
      try {
        if (!isImportKind(kind))
          throw new AppError("INVALID_INPUT", `unknown kind "${kind}": use ${importKinds.join(", ")}`);
        if (opts.format && !isFormatOf(kind, opts.format))
          throw new AppError(
            "INVALID_INPUT",
            `unknown ${kind} format "${opts.format}": use ${importFormats[kind].join(", ")}`,
          );
        const abs = path.resolve(invocationDir(), file);
        const r = await runImport({
          file: abs,
          fileName: path.basename(file),
          kind,
          format: opts.format as never,
          label: opts.label,
          actor: cliActor,
          onProgress: (p) => {
            if (opts.json || !process.stderr.isTTY || Date.now() - lastShown < 500) return;
            lastShown = Date.now();
            process.stderr.write(
              `\r${p.phase} ${Math.round((p.bytesRead / Math.max(p.bytesTotal, 1)) * 100)}% (${p.rows.toLocaleString("en-US")} rows)   `,
            );
          },
        });
        if (process.stderr.isTTY && !opts.json) process.stderr.write("\r\x1b[K");
        if (opts.json) console.log(JSON.stringify(importJson(r)));
        else printResult(r);
        // non-zero when nothing was imported: rejected, failed, or quarantined (nothing became current)
        if (r.status !== "imported" && r.status !== "unchanged") process.exitCode = 1;
      } catch (e) {
        // with --json, a refusal is one object too (a bug still fails with its stack)
        const message = expectedFailureMessage(e);
        if (!opts.json || message === null) throw e;
        console.log(JSON.stringify(refusedJson(path.basename(file), message)));
        process.exitCode = 1;
      } finally {
        await disconnectDb();
      }
    });

  const lists = program.command("lists").description("restricted-party list versions");
  lists
    .command("diff")
    .description("what changed between two list versions (default: the newest and the one before it)")
    .argument("[from]", "version id")
    .argument("[to]", "version id")
    .option("--json", "print JSON")
    .action(async (from: string | undefined, to: string | undefined, opts: { json?: boolean }) => {
      try {
        const d = await diffVersions(from, to);
        if (!d)
          throw new AppError(
            "NOT_FOUND",
            from || to
              ? "no such list version (or it has no previous version to compare with)"
              : "fewer than two list versions: nothing to compare",
          );
        if (opts.json) {
          console.log(
            JSON.stringify({
              from: d.from,
              to: d.to,
              added: d.diff.added.map((e) => ({ source: e.sourceCode, name: e.name })),
              removed: d.diff.removed.map((e) => ({ source: e.sourceCode, name: e.name })),
              changed: d.diff.changed.map((c) => ({
                source: c.after.sourceCode,
                name: c.after.name,
                changes: c.changes,
              })),
              unchanged: d.diff.unchanged,
            }),
          );
          return;
        }
        console.log(`${d.from.label} (${d.from.id}) -> ${d.to.label} (${d.to.id})`);
        console.log(
          `${d.diff.added.length} added, ${d.diff.removed.length} removed, ${d.diff.changed.length} changed, ${d.diff.unchanged} unchanged`,
        );
        for (const e of d.diff.added) console.log(`+ [${e.sourceCode}] ${e.name}`);
        for (const e of d.diff.removed) console.log(`- [${e.sourceCode}] ${e.name}`);
        for (const c of d.diff.changed) {
          console.log(`~ [${c.after.sourceCode}] ${c.after.name}`);
          for (const x of c.changes)
            console.log(
              `    ${x.field}: ${x.added || x.removed ? `+${JSON.stringify(x.added ?? [])} -${JSON.stringify(x.removed ?? [])}` : `${JSON.stringify(x.before)} -> ${JSON.stringify(x.after)}`}`,
            );
        }
      } finally {
        await disconnectDb();
      }
    });
}
