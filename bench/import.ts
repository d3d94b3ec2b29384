// npm run bench:import: the CSV import hot path against raw baselines measured in the same run.
//   raw          newline count over a 1 MiB read stream of the BOM file
//   baseline     papaparse's own streaming parse of the same file
//   product      end-to-end BOM import (parse, detect, validate, map, write in one transaction) on SQLite,
//                and on PostgreSQL when a server can be started here; peak RSS of the importing process
//   lists        a 30,000-entry list version with its diff against the previous version
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cslRows, editedCsl, files, generateBom, writeCsl } from "./generate";
import { measureInChild, median, outDir, target, type Measured } from "./lib";

const lines = Number(process.env.BENCH_BOM_LINES ?? 2_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const bomFile = lines === 2_000_000 ? files.bom : path.join(outDir, `bom-${lines}.csv`);

console.log(`generating data (${lines.toLocaleString("en-US")}-line BOM, 30,000-entry list) in ${outDir} …`);
await generateBom(bomFile, lines);
const rows = cslRows(30_000);
if (!fs.existsSync(files.csl)) writeCsl(files.csl, rows);
if (!fs.existsSync(files.cslEdited)) writeCsl(files.cslEdited, editedCsl(rows));
const mb = fs.statSync(bomFile).size / 1048576;
console.log(`BOM file: ${mb.toFixed(0)} MB; list files: ${(fs.statSync(files.csl).size / 1048576).toFixed(1)} MB each`);

const best = (xs: Measured[]) => ({
  ms: median(xs.map((x) => x.ms)),
  maxRssMb: Math.max(...xs.map((x) => x.maxRssMb)),
});
const repeat = (n: number, f: () => Measured) => best(Array.from({ length: n }, f));

const raw = repeat(runs, () => measureInChild("import-child.ts", ["raw-count", bomFile]));
const parse = repeat(runs, () => measureInChild("import-child.ts", ["papaparse", bomFile]));
console.log(`raw newline count: ${(raw.ms / 1000).toFixed(2)} s (${(mb / (raw.ms / 1000)).toFixed(0)} MB/s)`);
console.log(
  `papaparse streaming parse: ${(parse.ms / 1000).toFixed(2)} s (${(mb / (parse.ms / 1000)).toFixed(1)} MB/s, ${(parse.ms / raw.ms).toFixed(1)}x the raw count)`,
);

function sqliteImport(args: string[]): Measured {
  const db = path.join(outDir, "bench-sqlite.db");
  for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(db + s, { force: true });
  measureInChild("import-child.ts", ["migrate"], { DATABASE_URL: `file:${db}` });
  return measureInChild("import-child.ts", ["import", ...args], { DATABASE_URL: `file:${db}` });
}
const bomSqlite = repeat(runs, () => sqliteImport([bomFile]));
console.log(
  `BOM import on SQLite: ${(bomSqlite.ms / 1000).toFixed(2)} s (${Math.round(lines / (bomSqlite.ms / 1000)).toLocaleString("en-US")} lines/s), ${(bomSqlite.ms / parse.ms).toFixed(2)}x the papaparse parse, peak RSS ${bomSqlite.maxRssMb.toFixed(0)} MB`,
);

// PostgreSQL: BENCH_POSTGRES_URL, or a throwaway server on 127.0.0.1 when the binaries are here.
let pgLine = "BOM import on PostgreSQL: skipped (no server: set BENCH_POSTGRES_URL or install postgresql)";
let pgDir: string | null = null;
let pgUrl = process.env.BENCH_POSTGRES_URL ?? null;
if (!pgUrl) {
  pgDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pg-"));
  const started = spawnSync("bash", ["scripts/pg-server.sh", "start", pgDir], {
    stdio: ["ignore", "pipe", "ignore"],
    encoding: "utf8",
  });
  if (started.status === 0) pgUrl = `postgresql://postgres@127.0.0.1:${started.stdout.trim()}/postgres`;
}
try {
  if (pgUrl) {
    const reset = () =>
      spawnSync("psql", [pgUrl, "-q", "-c", "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"], {
        stdio: "ignore",
      });
    reset();
    measureInChild("import-child.ts", ["migrate"], { DATABASE_URL: pgUrl });
    const pg = measureInChild("import-child.ts", ["import", bomFile], { DATABASE_URL: pgUrl });
    reset();
    pgLine = `BOM import on PostgreSQL: ${(pg.ms / 1000).toFixed(2)} s (${Math.round(lines / (pg.ms / 1000)).toLocaleString("en-US")} lines/s), ${(pg.ms / parse.ms).toFixed(2)}x the papaparse parse, peak RSS ${pg.maxRssMb.toFixed(0)} MB`;
  }
} finally {
  if (pgDir) {
    spawnSync("bash", ["scripts/pg-server.sh", "stop", pgDir], { stdio: "ignore" });
    fs.rmSync(pgDir, { recursive: true, force: true });
  }
}
console.log(pgLine);

const list = repeat(runs, () => sqliteImport([files.cslEdited, files.csl]));
const listRun = sqliteImport([files.cslEdited, files.csl]);
console.log(
  `30,000-entry list version with its diff (SQLite): ${(list.ms / 1000).toFixed(2)} s; diff ${JSON.stringify(listRun.detail?.diff)}`,
);

const ratio = bomSqlite.ms / parse.ms;
console.log(target("bom-import-sqlite-vs-papaparse", `${ratio.toFixed(2)}x`, "<= 4x (stretch 3x)", ratio <= 4));
console.log(target("bom-import-peak-rss", `${bomSqlite.maxRssMb.toFixed(0)} MB`, "< 300 MB", bomSqlite.maxRssMb < 300));
console.log(target("list-version-30k-with-diff", `${(list.ms / 1000).toFixed(2)} s`, "< 5 s", list.ms < 5000));
