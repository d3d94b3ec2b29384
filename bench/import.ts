// npm run bench:import: the CSV import hot path against raw baselines measured in the same run, in rotation
// (raw, papaparse, import; again; again: BENCH_RUNS rounds, at least 3), every ratio the median of its pairs.
//   raw          newline count over a 1 MiB read stream of the BOM file
//   baseline     papaparse's own streaming parse of the same file
//   product      end-to-end BOM import (parse, detect, validate, map, write in one transaction) on SQLite,
//                and on PostgreSQL when a server can be started here; peak RSS of the importing process
//   lists        a 30,000-entry list version with its diff against the previous version
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { cslRows, editedCsl, files, generateBom, writeCsl } from "./generate";
import {
  alternate,
  benchPostgres,
  formatRatio,
  formatSpread,
  measureInChild,
  outDir,
  pairedRatio,
  ratioTarget,
  rotate,
  runCount,
  spread,
  target,
  type Measured,
} from "./lib";

const lines = Number(process.env.BENCH_BOM_LINES ?? 2_000_000);
const runs = runCount();
const bomFile = lines === 2_000_000 ? files.bom : path.join(outDir, `bom-${lines}.csv`);

console.log(`generating data (${lines.toLocaleString("en-US")}-line BOM, 30,000-entry list) in ${outDir} …`);
await generateBom(bomFile, lines);
const rows = cslRows(30_000);
if (!fs.existsSync(files.csl)) writeCsl(files.csl, rows);
if (!fs.existsSync(files.cslEdited)) writeCsl(files.cslEdited, editedCsl(rows));
const mb = fs.statSync(bomFile).size / 1048576;
console.log(`BOM file: ${mb.toFixed(0)} MB; list files: ${(fs.statSync(files.csl).size / 1048576).toFixed(1)} MB each`);

const ms = (x: number) => `${(x / 1000).toFixed(2)} s`;
const peakOf = (xs: Measured[]) => Math.max(...xs.map((x) => x.maxRssMb));
function sqliteImport(args: string[]): Measured {
  const db = path.join(outDir, "bench-sqlite.db");
  for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(db + s, { force: true });
  measureInChild("import-child.ts", ["migrate"], { DATABASE_URL: `file:${db}` });
  return measureInChild("import-child.ts", ["import", ...args], { DATABASE_URL: `file:${db}` });
}

// raw count, papaparse and the SQLite import in rotation (lib.ts rotate): each ratio pairs runs that met the
// same machine, and is printed as the median of those pairs with their spread
const [rawRuns, parseRuns, sqliteRuns] = await rotate<Measured>(runs, [
  () => measureInChild("import-child.ts", ["raw-count", bomFile]),
  () => measureInChild("import-child.ts", ["papaparse", bomFile]),
  () => sqliteImport([bomFile]),
]);
const parseVsRaw = pairedRatio(
  rawRuns!.map((r) => r.ms),
  parseRuns!.map((r) => r.ms),
);
const sqliteVsParse = pairedRatio(
  parseRuns!.map((r) => r.ms),
  sqliteRuns!.map((r) => r.ms),
);
const parseMs = sqliteVsParse.baseline.median;
console.log(
  `raw newline count: ${formatSpread(parseVsRaw.baseline, ms)} (${(mb / (parseVsRaw.baseline.median / 1000)).toFixed(0)} MB/s at the median)`,
);
console.log(
  `papaparse streaming parse: ${formatSpread(sqliteVsParse.baseline, ms)} (${(mb / (parseMs / 1000)).toFixed(1)} MB/s at the median, ${formatRatio(parseVsRaw, 1)} the raw count)`,
);
const sqliteMs = sqliteVsParse.subject.median;
const sqlitePeak = peakOf(sqliteRuns!);
console.log(
  `BOM import on SQLite: ${formatSpread(sqliteVsParse.subject, ms)} (${Math.round(lines / (sqliteMs / 1000)).toLocaleString("en-US")} lines/s at the median), ${formatRatio(sqliteVsParse)} the papaparse parse, peak RSS ${sqlitePeak.toFixed(0)} MB (the highest of ${runs} runs)`,
);

// PostgreSQL: BENCH_POSTGRES_URL, or a throwaway server on 127.0.0.1 when the binaries are here; its import
// alternates with papaparse like SQLite's.
let pgLine = "BOM import on PostgreSQL: skipped (no server: set BENCH_POSTGRES_URL or install postgresql)";
const pg = benchPostgres("benchimport", "BENCH_IMPORT_POSTGRES");
try {
  if (pg.url) {
    const url = pg.url;
    const reset = () =>
      spawnSync("psql", [url, "-q", "-c", "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"], {
        stdio: "ignore",
      });
    const pgRuns = await alternate(
      runs,
      () => measureInChild("import-child.ts", ["papaparse", bomFile]),
      () => {
        reset();
        measureInChild("import-child.ts", ["migrate"], { DATABASE_URL: url });
        return measureInChild("import-child.ts", ["import", bomFile], { DATABASE_URL: url });
      },
    );
    reset();
    const pgVsParse = pairedRatio(
      pgRuns.baseline.map((r) => r.ms),
      pgRuns.subject.map((r) => r.ms),
    );
    pgLine = `BOM import on PostgreSQL: ${formatSpread(pgVsParse.subject, ms)} (${Math.round(lines / (pgVsParse.subject.median / 1000)).toLocaleString("en-US")} lines/s at the median), ${formatRatio(pgVsParse)} the papaparse parse, peak RSS ${peakOf(pgRuns.subject).toFixed(0)} MB`;
  }
} finally {
  pg.stop();
}
console.log(pgLine);

const listRuns = Array.from({ length: runs }, () => sqliteImport([files.cslEdited, files.csl]));
const list = spread(listRuns.map((r) => r.ms));
console.log(
  `30,000-entry list version with its diff (SQLite): ${formatSpread(list, ms)} over ${runs} runs; diff ${JSON.stringify(listRuns.at(-1)!.detail?.diff)}`,
);

console.log(ratioTarget("bom-import-sqlite-vs-papaparse", sqliteVsParse, { max: 4 }));
console.log(
  target(
    "bom-import-peak-rss",
    `${sqlitePeak.toFixed(0)} MB (the highest of ${runs} runs)`,
    "< 300 MB",
    sqlitePeak < 300,
  ),
);
console.log(
  target("list-version-30k-with-diff", `median ${formatSpread(list, ms)}`, "median < 5 s", list.median < 5000),
);
