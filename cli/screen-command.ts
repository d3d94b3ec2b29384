import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { disconnectDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { inspectFile, rowBatches, UnreadableFileError, type ParseProblem } from "@/lib/imports/row-stream";
import { toReport, type ReportedResult } from "@/lib/screening/report";
import { isSourceGroup, sourceGroups, type SourceGroup } from "@/lib/screening/sources";
import type { ScreeningQuery } from "@/lib/screening/types";
import { screenNames } from "@/lib/operations/screen-names";
import { invocationDir } from "@/lib/env";

const BATCH = 1000;

export function parseSources(value: string | undefined): SourceGroup[] {
  const groups = (value ?? "all")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = groups.find((g) => !isSourceGroup(g));
  if (bad)
    throw new AppError(
      "INVALID_INPUT",
      `unknown source "${bad}": use ${sourceGroups.join(", ")} (comma-separated for several)`,
    );
  return groups as SourceGroup[];
}

/**
 * The parties CSV in batches of names, read through the importer's row stream (encoding detected, the parser
 * paused while a batch is screened); it needs a `name` column and uses `country` and `address` when present.
 */
export async function* partiesFrom(file: string): AsyncGenerator<ScreeningQuery[]> {
  const fileName = path.basename(file);
  let info;
  try {
    info = await inspectFile(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw new AppError("INVALID_INPUT", `${fileName}: ${e.message}`);
    throw e;
  }
  let header: string[] | null = null;
  let truncatedAt: number | null = null;
  let batch: ScreeningQuery[] = [];
  const onProblem = (p: ParseProblem) => {
    if (p.code === "MissingQuotes") truncatedAt ??= p.row + 1;
  };
  for await (const { rows } of rowBatches(file, info, { onProblem })) {
    for (const cells of rows) {
      if (!header) {
        header = cells.map((h) => h.trim().toLowerCase());
        if (!header.includes("name"))
          throw new AppError("INVALID_INPUT", `${fileName}, row 1: no "name" column (found: ${header.join(", ")})`);
        continue;
      }
      const at = (col: string) => {
        const i = header!.indexOf(col);
        return i >= 0 ? (cells[i] ?? "").trim() || null : null;
      };
      const name = at("name");
      if (name) batch.push({ name, country: at("country"), address: at("address") });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (truncatedAt !== null)
      throw new AppError(
        "INVALID_INPUT",
        `${fileName}, row ${truncatedAt}: a quoted field runs to the end of the file (truncated?)`,
      );
  }
  if (batch.length) yield batch;
}

function printHuman(r: ReportedResult): void {
  const top = r.matches[0];
  console.log(
    `${r.status.toUpperCase().padEnd(6)} ${r.input}${top ? `  ->  [${top.source}] ${top.name} (score ${top.score}, ${top.band}${top.matchedAlias !== top.name ? `, via "${top.matchedAlias}"` : ""})` : ""}`,
  );
  for (const m of r.matches.slice(1, 3))
    console.log(`       also [${m.source}] ${m.name} (score ${m.score}, ${m.band})`);
}

export function registerScreenCommand(program: Command): void {
  program
    .command("screen")
    .description("screen party names against the lists in force")
    .argument("[parties.csv]", "CSV with a name column (country and address used when present)")
    .option("--name <text>", "screen this one name (instead of, or as well as, a file)")
    .option("--sources <groups>", `which lists: ${sourceGroups.join(" | ")} (comma-separated for several)`, "all")
    .option("--json", "print one JSON array: one object per name with input, status and matches")
    .action(async (file: string | undefined, opts: { name?: string; sources?: string; json?: boolean }) => {
      const sources = parseSources(opts.sources);
      if (!file && !opts.name) throw new AppError("INVALID_INPUT", "give a parties CSV file or --name <text>");
      const abs = file ? path.resolve(invocationDir(), file) : null;
      if (abs && !fs.existsSync(abs)) throw new AppError("INVALID_INPUT", `${file}: no such file`);
      try {
        let first = true;
        const counts = { match: 0, review: 0, clear: 0 };
        const emit = (results: ReportedResult[]) => {
          for (const r of results) {
            counts[r.status]++;
            if (opts.json) {
              process.stdout.write(`${first ? "[\n" : ",\n"}${JSON.stringify(r)}`);
              first = false;
            } else printHuman(r);
          }
        };
        let listLine = "";
        const screen = async (queries: ScreeningQuery[]) => {
          const { results, lists } = await screenNames({ queries, sources });
          listLine ||= [lists.csl, lists.internal]
            .filter(Boolean)
            .map((l) => `${l!.label}${l!.publishedOn ? ` (${l!.publishedOn})` : ""}`)
            .join(" + ");
          emit(results.map(toReport));
        };
        if (opts.name) await screen([{ name: opts.name }]);
        if (abs) for await (const batch of partiesFrom(abs)) await screen(batch);
        if (opts.json) process.stdout.write(first ? "[]\n" : "\n]\n");
        else
          console.log(
            `\n${counts.match} match, ${counts.review} review, ${counts.clear} clear; against ${listLine}; sources: ${sources.join(", ")}`,
          );
      } finally {
        await disconnectDb();
      }
    });
}
