// Risk overview benchmark: the overview's data at a realistic volume (10,000 parties, 500 BOMs, 200,000 BOM
// lines, each BOM checked, a screening run over every party), on the embedded SQLite database. Reported beside
// a raw baseline measured in the same run, the two alternating: one aggregate scan of the 200,000 determination
// lines through better-sqlite3 (the least any figure over those lines costs). When a production build exists (`next build`),
// it also serves the page and times the response: first byte (the shell with a skeleton per panel) and the end
// of the stream (every panel rendered). Target: every panel's figures within one second at the server.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BOMS, LINES_PER_BOM, PARTIES, populate, SUPERSEDED } from "./overview-data";
import {
  alternate,
  formatRatio,
  formatSpread,
  serverPort,
  median,
  outDir,
  pairedRatio,
  runCount,
  target,
  targetNotMeasured,
  timeMs,
  type Alternated,
  type Ratio,
} from "./lib";

const root = path.resolve(import.meta.dirname, "..");
const dbFile = path.join(outDir, "overview.db");
const DATABASE_URL = `file:${dbFile}`;

/**
 * The overview's data, cold once, then warm in alternation with the raw baseline (lib.ts alternate): one
 * aggregate scan of the determination lines through better-sqlite3, so each warm/raw ratio pairs two runs that
 * met the same machine. Then each panel on its own.
 */
async function panels(): Promise<{ cold: number; ratio: Ratio; each: Record<string, number> }> {
  const o = await import("../lib/data/overview");
  const { noFilters } = await import("../lib/overview/filters");
  const loaders = {
    list: () => o.loadListPanel(),
    parties: () => o.loadPartiesPanel(noFilters),
    boms: () => o.loadExposure(noFilters),
    revenue: () => o.loadRevenuePanel(noFilters),
    timeline: () => o.loadTimeline(noFilters),
    filters: () => o.loadFilterChoices(),
  };
  const all = () => Promise.all(Object.values(loaders).map((l) => l()));
  const timed = async (f: () => Promise<unknown>) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  const t = performance.now();
  const [, parties, boms] = await all();
  const cold = performance.now() - t;
  const p = parties as Awaited<ReturnType<typeof o.loadPartiesPanel>>;
  const b = boms as Awaited<ReturnType<typeof o.loadExposure>>;
  console.log(
    `data: ${p.partyCount.toLocaleString("en-US")} parties, ${p.rollup.hits} hits; ${b.rollup.determinations} checks in force over ${b.rollup.bomsChecked} BOMs, ${b.rollup.linesBlocked} lines blocked, ${b.rollup.linesLicence} licence required`,
  );
  const raw = new Database(dbFile, { readonly: true });
  const stmt = raw.prepare("SELECT status, count(*) AS n FROM determination_line GROUP BY status");
  let runs: Alternated<number, number>;
  try {
    runs = await alternate(
      runCount(process.env.BENCH_RUNS, 5),
      () => timeMs(() => stmt.all()),
      () => timed(all),
    );
  } finally {
    raw.close();
  }
  const each: Record<string, number> = {};
  for (const [name, load] of Object.entries(loaders)) {
    const r: number[] = [];
    for (let i = 0; i < 3; i++) r.push(await timed(load));
    each[name] = median(r);
  }
  return { cold, ratio: pairedRatio(runs.baseline, runs.subject), each };
}

async function served(): Promise<{ firstByte: number; complete: number } | null> {
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) return null;
  const port = await serverPort(); // other servers run on this machine: never time someone else's
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL, BETTER_AUTH_URL: base, NODE_ENV: "production" },
      stdio: "ignore",
    },
  );
  try {
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: "compliance@chokepoint.demo", password: "chokepoint-demo" }),
    });
    const cookie = (signIn.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
    if (!signIn.ok || !cookie) throw new Error(`sign-in failed: ${signIn.status}`);
    const once = async () => {
      const t = performance.now();
      const res = await fetch(`${base}/`, { headers: { cookie } });
      const reader = res.body!.getReader();
      let first = 0;
      let html = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (!first) first = performance.now() - t;
        if (done) break;
        html += new TextDecoder().decode(value);
      }
      if (!html.includes("Controlled parts driving exposure"))
        throw new Error("the overview did not render its BOM panel");
      return { firstByte: first, complete: performance.now() - t };
    };
    await once(); // the first request compiles nothing in production, but warms the caches like any server
    const runs = [await once(), await once(), await once(), await once(), await once()];
    return { firstByte: median(runs.map((r) => r.firstByte)), complete: median(runs.map((r) => r.complete)) };
  } finally {
    server.kill("SIGTERM");
  }
}

let t = performance.now();
await populate(dbFile);
console.log(
  `populated ${PARTIES.toLocaleString("en-US")} parties, ${BOMS} BOMs, ${(BOMS * LINES_PER_BOM).toLocaleString("en-US")} BOM lines (${SUPERSEDED} BOMs checked twice) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);
const data = await panels();
const warm = data.ratio.subject.median;
console.log(
  `raw aggregate over ${((BOMS + SUPERSEDED) * LINES_PER_BOM).toLocaleString("en-US")} determination lines: ${formatSpread(data.ratio.baseline, (x) => `${x.toFixed(1)} ms`)}`,
);
console.log(
  `overview data, all panels at once: cold ${data.cold.toFixed(0)} ms, warm ${formatSpread(data.ratio.subject, (x) => `${x.toFixed(0)} ms`)} (${formatRatio(data.ratio, 1)} the raw aggregate); per panel: ${Object.entries(
    data.each,
  )
    .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
    .join(", ")}`,
);
t = performance.now();
const page = await served();
if (page)
  console.log(
    `served page (next start): first byte ${page.firstByte.toFixed(0)} ms, complete ${page.complete.toFixed(0)} ms`,
  );
else console.log("served page: skipped (no production build; run `npx next build` first)");
console.log(
  target(
    "overview-data",
    `median ${warm.toFixed(0)} ms (${formatRatio(data.ratio, 1)} the raw aggregate)`,
    "median < 1000 ms",
    warm < 1000,
  ),
);
console.log(
  page
    ? target(
        "overview-page",
        `median ${page.complete.toFixed(0)} ms complete, first byte ${page.firstByte.toFixed(0)} ms`,
        "median < 1000 ms",
        page.complete < 1000,
      )
    : targetNotMeasured("overview-page", "median < 1000 ms", "no production build: run `npx next build` first"),
);
process.exit(); // with process.exitCode: 1 when a target is short
