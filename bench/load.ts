// npm run bench:load: the production build under load. For SQLite, then PostgreSQL (a throwaway server, or
// BENCH_POSTGRES_URL): a fresh database (migrated, seeded), `next start` on 127.0.0.1, then autocannon with
// 50 connections for 30 s (BENCH_LOAD_SECONDS) against
//   screen     POST /api/v1/screen, one name, authenticated by an API key (the integrators' path)
//   bom page   GET /boms/<id>, the BOM-check page of the seeded GPU server BOM, with the same key
// printing requests/s, p50/p95/p99 latency and errors. Then (SQLite) a ~200 MB BOM uploaded through the
// upload route and imported by the server, sampling the server's RSS throughout. Needs `npx next build`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import autocannon from "autocannon";
import { generateBom } from "./generate";
import { benchPostgres, serverPort, outDir, target, targetNotMeasured, type BenchPostgres } from "./lib";
import { percentile, setUpDatabase, startServer, treeRssMb, waitForHealth } from "./server";

// throughput is measured here, not the per-user API budget (bench:abuse checks that)
const loadEnv = { CHOKEPOINT_API_NAMES_PER_MINUTE: "100000000" };

const root = path.resolve(import.meta.dirname, "..");
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const connections = 50;
const bomLines = Number(process.env.BENCH_LOAD_BOM_LINES ?? 2_450_000); // about 200 MB
const bomFile = path.join(outDir, `bom-${bomLines}.csv`);
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")))
  throw new Error("no production build: run `npx next build` first");
fs.mkdirSync(outDir, { recursive: true });

type Scenario = { name: string; rps: number; p50: number; p95: number; p99: number; requests: number; errors: number };
const results: Record<string, Scenario> = {};
/** A compliance officer's write (a recorded BOM check) sent while the import holds SQLite's write lock. */
type WriteDuringImport = { status: number | string; ms: number };
type ImportPeak = {
  rssMb: number;
  baselineMb: number;
  seconds: number;
  status: string;
  fileMb: number;
  write?: WriteDuringImport;
};
let importPeak: ImportPeak | null = null;

/** A fresh database: migrated and seeded by the CLI; then an API key for the seeded compliance officer. */
async function prepare(url: string): Promise<string> {
  setUpDatabase(url);
  const { db, disconnectDb } = await import("../lib/db");
  const { createApiKey } = await import("../lib/operations/create-api-key");
  const user = await db().user.findUniqueOrThrow({
    where: { email: "admin@chokepoint.demo" },
    select: { id: true },
  });
  const { key } = await createApiKey(user.id, "bench:load", "admin");
  await disconnectDb();
  return key;
}

async function drive(
  label: string,
  opts: { url: string; method: "GET" | "POST"; headers: Record<string, string>; body?: string },
): Promise<Scenario> {
  const latencies: number[] = [];
  const instance = autocannon({ ...opts, connections, duration: seconds });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
  });
  const r = await instance;
  latencies.sort((a, b) => a - b);
  const s: Scenario = {
    name: label,
    rps: r.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
  };
  console.log(
    `${label}: ${s.rps.toFixed(0)} req/s, p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, ${s.requests} requests, errors ${s.errors} (socket ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx})`,
  );
  return s;
}

/** Uploads the generated BOM through POST /api/v1/imports/uploads, commits it, and samples the server's RSS until it is imported. */
async function bigImport(base: string, key: string, pid: number, bomId: string): Promise<ImportPeak> {
  await generateBom(bomFile, bomLines);
  const fileMb = fs.statSync(bomFile).size / 1048576;
  const baselineMb = treeRssMb(pid);
  let peak = baselineMb;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRssMb(pid));
  }, 100);
  const t0 = Date.now();
  try {
    const up = await fetch(`${base}/api/v1/imports/uploads`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${key}`,
        "x-file-name": "bench-200mb.csv",
        "x-file-type": "text/csv",
        "content-length": String(fs.statSync(bomFile).size),
      },
      body: Readable.toWeb(fs.createReadStream(bomFile)) as ReadableStream,
      duplex: "half",
    } as RequestInit & { duplex: "half" });
    if (up.status !== 201) throw new Error(`upload: ${up.status} ${await up.text()}`);
    const { uploadId } = (await up.json()) as { uploadId: string };
    const c = await fetch(`${base}/api/v1/imports/uploads/${uploadId}/commit`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: "{}",
    });
    if (c.status !== 202) throw new Error(`commit: ${c.status} ${await c.text()}`);
    let resets = 0;
    let polls = 0;
    let write: Promise<WriteDuringImport> | null = null;
    const withWrite = async (peak: Omit<ImportPeak, "write">): Promise<ImportPeak> => ({
      ...peak,
      write: write ? await write : undefined,
    });
    for (;;) {
      await new Promise((r) => setTimeout(r, 500));
      // two seconds in, the import is writing lines: record a BOM check meanwhile (it waits for SQLite's lock)
      if (++polls === 4) {
        const w0 = Date.now();
        write = fetch(`${base}/api/determinations`, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify({ bomId, buyer: { name: "Bench Buyer GmbH", hqCountry: "DE" }, destination: "DE" }),
        }).then(
          async (r) => {
            await r.arrayBuffer();
            return { status: r.status, ms: Date.now() - w0 };
          },
          (e: Error) => ({ status: `failed: ${e.message}`, ms: Date.now() - w0 }),
        );
      }
      let res: Response;
      try {
        res = await fetch(`${base}/api/v1/imports/uploads/${uploadId}/progress`, {
          headers: { authorization: `Bearer ${key}`, connection: "close" },
        });
      } catch (e) {
        // a poll that meets a closing keep-alive socket is retried; a server that is gone is not
        if (treeRssMb(pid) === 0 || ++resets > 20) throw e;
        continue;
      }
      const p = (await res.json()) as {
        result: { status: string; message: string; counts: { imported: number } } | null;
        error: string | null;
      };
      if (p.error)
        return withWrite({
          rssMb: peak,
          baselineMb,
          seconds: (Date.now() - t0) / 1000,
          status: `error: ${p.error}`,
          fileMb,
        });
      if (p.result)
        return withWrite({
          rssMb: peak,
          baselineMb,
          seconds: (Date.now() - t0) / 1000,
          status: `${p.result.status} (${p.result.counts.imported} lines)${p.result.status === "imported" ? "" : `: ${p.result.message.slice(0, 200)}`}`,
          fileMb,
        });
    }
  } finally {
    clearInterval(sampler);
  }
}

async function run(label: string, url: string, withImport: boolean): Promise<void> {
  console.log(`\n== ${label}: preparing a seeded database`);
  const key = await prepare(url);
  const port = await serverPort();
  const server = startServer(url, port, "server", loadEnv);
  const base = `http://127.0.0.1:${port}`;
  let bomId = "";
  try {
    await waitForHealth(port, server);
    const { db, disconnectDb } = await import("../lib/db");
    const bom = await db().bom.findFirstOrThrow({ where: { name: { contains: "GPU" } }, select: { id: true } });
    bomId = bom.id;
    await disconnectDb();
    const auth = { authorization: `Bearer ${key}` };
    // warm-up: the first screen builds the candidate index, the first page render compiles nothing but fills caches
    await fetch(`${base}/api/v1/screen`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ names: ["warm up"] }),
    });
    const page = await fetch(`${base}/boms/${bom.id}`, { headers: auth });
    if (page.status !== 200) throw new Error(`GET /boms/${bom.id}: ${page.status}`);
    results[`screen-${label}`] = await drive(`${label} single-name screen`, {
      url: `${base}/api/v1/screen`,
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ names: ["Beijing Sense Time Technology Development Co Ltd"], sources: ["all"] }),
    });
    results[`page-${label}`] = await drive(`${label} BOM-check page`, {
      url: `${base}/boms/${bom.id}`,
      method: "GET",
      headers: auth,
    });
    console.log(`${label} server RSS after the load: ${treeRssMb(server.pid!).toFixed(0)} MB`);
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
  if (!withImport) return;
  // the import on a freshly started server, so its peak is the import's and not the load test's heap
  const fresh = startServer(url, port, "server", loadEnv);
  try {
    await waitForHealth(port, fresh);
    console.log(
      `${label}: uploading and importing a ${bomLines.toLocaleString("en-US")}-line BOM through a freshly started server …`,
    );
    importPeak = await bigImport(base, key, fresh.pid!, bomId).catch((e: Error) => ({
      rssMb: NaN,
      baselineMb: NaN,
      seconds: NaN,
      status: `failed: ${e.message}${fresh.exitCode !== null ? ` (server exited ${fresh.exitCode})` : ""}`,
      fileMb: NaN,
    }));
    console.log(
      `${label} import through the server: ${importPeak.fileMb.toFixed(0)} MB file, ${importPeak.status}, ${importPeak.seconds.toFixed(0)} s (upload + import), server RSS ${importPeak.baselineMb.toFixed(0)} MB before, peak ${importPeak.rssMb.toFixed(0)} MB`,
    );
    const w = importPeak.write;
    if (w)
      console.log(
        `${label} a BOM check recorded during the import: HTTP ${w.status} after ${(w.ms / 1000).toFixed(1)} s (sent 2 s into the import; it lands once the import commits)`,
      );
  } finally {
    fresh.kill("SIGTERM");
    await new Promise((r) => fresh.once("exit", r));
  }
}

const sqliteFile = path.join(os.tmpdir(), `chokepoint-load-${process.pid}.db`);
let pg: BenchPostgres | null = null;
try {
  await run("SQLite", `file:${sqliteFile}`, true);

  pg = benchPostgres("load", "BENCH_LOAD_POSTGRES"); // started after the SQLite run, so it is not running meanwhile
  if (pg.url) await run("PostgreSQL", pg.url, false);
  else
    console.log(
      `\nPostgreSQL: skipped (${process.env.BENCH_LOAD_POSTGRES === "0" ? "BENCH_LOAD_POSTGRES=0" : "no server: set BENCH_POSTGRES_URL or install postgresql"})`,
    );
} finally {
  for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(sqliteFile + s, { force: true });
  pg?.stop();
}

console.log(`\n(${os.cpus().length} cores; other work on this machine makes these figures noisy)`);
const all = Object.values(results);
const errors = all.reduce((n, s) => n + s.errors, 0);
console.log(target("errors", `${errors} in ${all.reduce((n, s) => n + s.requests, 0)} requests`, "0", errors === 0));
const screen = results["screen-SQLite"];
console.log(
  screen
    ? target("p95 single-name screen on SQLite", `${screen.p95.toFixed(0)} ms`, "< 300 ms", screen.p95 < 300)
    : targetNotMeasured("p95 single-name screen on SQLite", "< 300 ms", "the SQLite run did not complete"),
);
const peak = importPeak as ImportPeak | null; // set inside run()
// the write waits for the import's lock without freezing the server: it must land, not fail as busy
const writeGoal = "200 (waits for the import, not a 503)";
console.log(
  peak
    ? target(
        "a write during the 200 MB import",
        peak.write ? `HTTP ${peak.write.status}` : "not sent",
        writeGoal,
        peak.write?.status === 200,
      )
    : targetNotMeasured("a write during the 200 MB import", writeGoal, "the import did not run"),
);
console.log(
  peak
    ? target(
        "server peak RSS during a 200 MB import",
        `${peak.rssMb.toFixed(0)} MB (${peak.status})`,
        "< 1024 MB",
        peak.rssMb < 1024 && peak.status.startsWith("imported"),
      )
    : targetNotMeasured("server peak RSS during a 200 MB import", "< 1024 MB", "the import did not run"),
);
