import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import Papa from "papaparse";
import { disconnectDb } from "@/lib/db";
import { screenNames } from "@/lib/data/screening";
import { AppError } from "@/lib/errors";
import { toReport, type ReportedResult } from "@/lib/screening/report";
import { isSourceGroup, sourceGroups, type SourceGroup } from "@/lib/screening/sources";
import type { ScreeningQuery } from "@/lib/screening/types";

const BATCH = 1000;

export function parseSources(value: string | undefined): SourceGroup[] {
  const groups = (value ?? "all").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = groups.find((g) => !isSourceGroup(g));
  if (bad) throw new AppError("INVALID_INPUT", `unknown source "${bad}": use ${sourceGroups.join(", ")} (comma-separated for several)`);
  return groups as SourceGroup[];
}

/** Streams the parties CSV in batches of names; it needs a `name` column and uses `country` and `address` when present. */
async function* partiesFrom(file: string): AsyncGenerator<ScreeningQuery[]> {
  let batch: ScreeningQuery[] = [];
  let header: string[] | null = null;
  let problem: AppError | null = null;
  const queue: ScreeningQuery[][] = [];
  let finished = false;
  let wake: (() => void) | null = null;
  const stream = fs.createReadStream(file, "utf8");
  Papa.parse<string[]>(stream as unknown as File, {
    skipEmptyLines: true,
    step: (row, parser) => {
      const cells = row.data;
      if (!header) {
        header = cells.map((h) => h.replace(/^\uFEFF/, "").trim().toLowerCase());
        if (!header.includes("name")) {
          problem = new AppError("INVALID_INPUT", `${path.basename(file)}, row 1: no "name" column (found: ${header.join(", ")})`);
          parser.abort();
        }
        return;
      }
      const at = (col: string) => {
        const i = header!.indexOf(col);
        return i >= 0 ? (cells[i] ?? "").trim() || null : null;
      };
      const name = at("name");
      if (name) batch.push({ name, country: at("country"), address: at("address") });
      if (batch.length >= BATCH) {
        queue.push(batch);
        batch = [];
        wake?.();
      }
    },
    complete: () => {
      if (batch.length) queue.push(batch);
      finished = true;
      wake?.();
    },
    error: (e) => {
      problem = new AppError("INVALID_INPUT", `${path.basename(file)}: ${e.message}`);
      finished = true;
      wake?.();
    },
  });
  for (;;) {
    if (problem) throw problem;
    const next = queue.shift();
    if (next) yield next;
    else if (finished) return;
    else await new Promise<void>((r) => (wake = r));
  }
}

function printHuman(r: ReportedResult): void {
  const top = r.matches[0];
  console.log(`${r.status.toUpperCase().padEnd(6)} ${r.input}${top ? `  ->  [${top.source}] ${top.name} (score ${top.score}, ${top.band}${top.matchedAlias !== top.name ? `, via "${top.matchedAlias}"` : ""})` : ""}`);
  for (const m of r.matches.slice(1, 3)) console.log(`       also [${m.source}] ${m.name} (score ${m.score}, ${m.band})`);
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
      const abs = file ? path.resolve(process.env.INIT_CWD ?? process.cwd(), file) : null;
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
          listLine ||= [lists.csl, lists.internal].filter(Boolean).map((l) => `${l!.label}${l!.publishedOn ? ` (${l!.publishedOn})` : ""}`).join(" + ");
          emit(results.map(toReport));
        };
        if (opts.name) await screen([{ name: opts.name }]);
        if (abs) for await (const batch of partiesFrom(abs)) await screen(batch);
        if (opts.json) process.stdout.write(first ? "[]\n" : "\n]\n");
        else console.log(`\n${counts.match} match, ${counts.review} review, ${counts.clear} clear; against ${listLine}; sources: ${sources.join(", ")}`);
      } finally {
        await disconnectDb();
      }
    });
}
