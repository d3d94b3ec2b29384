// Page benchmark (issue 18): every main page of the dashboard, warm, on the seeded demo data plus the overview
// benchmark's volume (bench/overview-data.ts), served by the production build as `npm start` runs it. Each page
// is loaded 20 times in turn with the others (the full response, streamed to its end), beside a raw baseline
// from the same server in the same rounds: the health check, which touches the database and renders nothing.
// Target: p95 < 500 ms for every page.
import fs from "node:fs";
import path from "node:path";
import { outDir, runCount, serverPort, target, targetNotMeasured } from "./lib";
import { populate } from "./overview-data";
import { percentile, startServer, waitForHealth } from "./server";

const root = path.resolve(import.meta.dirname, "..");
const dbFile = path.join(outDir, "pages.db");
const LOADS = runCount(process.env.BENCH_RUNS, 20);
const GOAL_P95_MS = 500;

/** Pages with an id in their path: the first link of its kind on a page that lists them (or on one found before). */
const linked: [name: string, from: string, href: RegExp][] = [
  ["list version", "/imports", /href="(\/imports\/lists\/[^"/?#]+)"/],
  ["screening hit", "/screening", /href="(\/screening\/hits\/[^"/?#]+)"/],
  ["BOM", "/boms", /href="(\/boms\/(?!catalogue|exposure|licences)[^"/?#]+)"/],
  ["determination", "/boms/exposure", /href="(\/boms\/[^"/?#]+\/determinations\/[^"/?#]+)"/],
];
const fixed: [name: string, path: string][] = [
  ["overview", "/"],
  ["imports", "/imports"],
  ["screening", "/screening"],
  ["screening changes", "/screening/changes"],
  ["BOMs", "/boms"],
  ["parts catalogue", "/boms/catalogue"],
  ["BOM exposure", "/boms/exposure"],
  ["licences", "/boms/licences"],
  ["digest", "/digest"],
  ["risk report", "/report"],
  ["scenarios", "/scenarios"],
  ["audit", "/audit"],
  ["users", "/admin/users"],
  ["API keys", "/admin/keys"],
];

const pct = (xs: readonly number[], p: number) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    p,
  );

async function load(url: string, cookie: string): Promise<{ ms: number; html: string; status: number }> {
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const html = await res.text();
  return { ms: performance.now() - t, html, status: res.status };
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.log(targetNotMeasured("pages-p95", `p95 < ${GOAL_P95_MS} ms`, "no production build: run `npx next build`"));
    process.exitCode = 1;
    return;
  }
  const t0 = performance.now();
  await populate(dbFile);
  console.log(`populated the overview volume in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const port = await serverPort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(`file:${dbFile}`, port, "pages");
  try {
    await waitForHealth(port, server);
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: "admin@chokepoint.demo", password: "chokepoint-demo" }),
    });
    const cookie = (signIn.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
    if (!signIn.ok || !cookie) throw new Error(`sign-in failed: ${signIn.status}`);
    const pages = [...fixed];
    for (const [name, fromName, href] of linked) {
      const from = pages.find(([n]) => n === fromName)?.[1] ?? fromName;
      const { html } = await load(`${base}${from}`, cookie);
      const found = html.match(href)?.[1];
      if (!found) throw new Error(`no link to a ${name} page on ${from}`);
      pages.push([name, found.replace(/&amp;/g, "&")]);
    }
    // a party page: the demo's listed customer (the synthetic hits' pages do not all link to their party)
    const { db } = await import("../lib/db");
    const party = await db().party.findFirst({
      where: { isDemo: true },
      orderBy: { name: "asc" },
      select: { id: true },
    });
    if (!party) throw new Error("no demo party to open");
    pages.push(["party", `/screening/parties/${party.id}`]);
    // warm: two loads of each page, which must answer 200 (a redirect would time the sign-in page instead)
    for (const [name, p] of pages)
      for (let i = 0; i < 2; i++) {
        const r = await load(`${base}${p}`, cookie);
        if (r.status !== 200) throw new Error(`${name} (${p}) answered ${r.status}`);
      }
    const times = new Map<string, number[]>(pages.map(([name]) => [name, []]));
    const baseline: number[] = [];
    for (let round = 0; round < LOADS; round++) {
      baseline.push((await load(`${base}/api/health`, cookie)).ms);
      for (const [name, p] of pages) times.get(name)!.push((await load(`${base}${p}`, cookie)).ms);
    }
    const baseP50 = pct(baseline, 50);
    console.log(
      `raw baseline (GET /api/health): median ${baseP50.toFixed(1)} ms, p95 ${pct(baseline, 95).toFixed(1)} ms`,
    );
    let worst: [string, number] = ["", 0];
    for (const [name, p] of pages) {
      const xs = times.get(name)!;
      const p50 = pct(xs, 50);
      const p95 = pct(xs, 95);
      if (p95 > worst[1]) worst = [name, p95];
      console.log(
        `${name.padEnd(18)} ${p.padEnd(48)} median ${p50.toFixed(0).padStart(4)} ms  p95 ${p95.toFixed(0).padStart(4)} ms  (${(p50 / baseP50).toFixed(1)}x the baseline)`,
      );
      console.log(target(`page ${name}`, `p95 ${p95.toFixed(0)} ms`, `p95 < ${GOAL_P95_MS} ms`, p95 < GOAL_P95_MS));
    }
    console.log(
      target(
        "pages-p95",
        `worst p95 ${worst[1].toFixed(0)} ms (${worst[0]})`,
        `p95 < ${GOAL_P95_MS} ms`,
        worst[1] < GOAL_P95_MS,
      ),
    );
  } finally {
    server.kill("SIGTERM");
  }
}

await main();
process.exit();
