// Risk overview benchmark: the overview's data at a realistic volume (10,000 parties, 500 BOMs, 200,000 BOM
// lines, each BOM checked, a screening run over every party), on the embedded SQLite database. Reported beside
// a raw baseline measured in the same run, the two alternating: one aggregate scan of the 200,000 determination
// lines through better-sqlite3 (the least any figure over those lines costs). When a production build exists (`next build`),
// it also serves the page and times the response: first byte (the shell with a skeleton per panel) and the end
// of the stream (every panel rendered). Target: every panel's figures within one second at the server.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  alternate,
  formatRatio,
  formatSpread,
  serverPort,
  median,
  outDir,
  pairedRatio,
  prng,
  runCount,
  target,
  targetNotMeasured,
  timeMs,
  type Alternated,
  type Ratio,
} from "./lib";

const PARTIES = 10_000,
  BOMS = 500,
  LINES_PER_BOM = 400,
  HITS = 600,
  DECISIONS = 200,
  SUPERSEDED = 100;
const root = path.resolve(import.meta.dirname, "..");
const dbFile = path.join(outDir, "overview.db");
const DATABASE_URL = `file:${dbFile}`;
process.env.DATABASE_URL = DATABASE_URL;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, "bin/chokepoint.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`chokepoint ${args.join(" ")} failed:\n${r.stderr}${r.stdout}`);
}

async function populate() {
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) if (f.startsWith("overview.db")) fs.rmSync(path.join(outDir, f));
  cli(["db", "setup"]); // migrations, the shipped list, the demo data and its users
  const { db } = await import("../lib/db");
  const { bulkTransaction, newId } = await import("../lib/data/writes/bulk");
  const { determinationColumns } = await import("../lib/data/writes/determinations");
  const { matchColumns } = await import("../lib/data/writes/screening-runs");
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const entries = await db().listedEntry.findMany({
    select: { id: true, entryKey: true, contentHash: true, sourceCode: true, name: true },
    take: 2000,
  });
  const countries = ["CN", "CN", "CN", "HK", "RU", "DE", "US", "AE", "SG", "IN", "TR", "KR", "TW", "JP", "FR"];
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000);
  const admin = await db().user.findFirst({ where: { role: "compliance" }, select: { id: true } });
  const run = await db().screeningRun.findFirst({ select: { listVersionId: true } });

  await bulkTransaction(async (w) => {
    const parties = Array.from({ length: PARTIES }, (_, i) => [
      newId(),
      i % 3 ? "customer" : "supplier",
      `Bench Party ${i} Trading Co., Ltd.`,
      pick(countries),
      `${i} Bench Road`,
      false,
      at(400),
    ]);
    await w.insert("party", ["id", "kind", "name", "country", "address", "isDemo", "createdAt"], parties);
    const lineIds = Array.from({ length: 20 }, () => newId());
    await w.insert(
      "product_line",
      ["id", "name", "segment", "currency", "growthBp", "isDemo", "createdAt"],
      lineIds.map((id, i) => [
        id,
        `Bench line ${i}`,
        i % 4 === 3 ? "software" : "hardware",
        "CNY",
        500,
        false,
        at(400),
      ]),
    );
    await w.insert(
      "financial",
      ["id", "productLineId", "period", "revenueMinor", "costMinor", "currency", "isEstimate"],
      lineIds.flatMap((id) =>
        ["2019", "2020"].map((p) => [newId(), id, p, 10_000_000_00n, 6_000_000_00n, "CNY", true]),
      ),
    );
    const productIds = lineIds.map(() => newId());
    await w.insert(
      "product",
      ["id", "name", "productLineId"],
      productIds.map((id, i) => [id, `Bench product ${i}`, lineIds[i]!]),
    );
    const buyers = parties.slice(0, 300);
    let lineId = 1_000_000;
    for (let b = 0; b < BOMS; b++) {
      const bomId = newId();
      const buyer = pick(buyers);
      await w.insert(
        "bom",
        ["id", "name", "format", "productId", "customerId", "isDemo", "createdAt"],
        [[bomId, `Bench BOM ${b}`, "template", pick(productIds), buyer[0]!, false, at(200)]],
      );
      const lines = Array.from({ length: LINES_PER_BOM }, (_, i) => [
        ++lineId,
        bomId,
        i + 1,
        `R${i}`,
        pick(["NVIDIA", "Yageo", "TI", "Murata", "Intel"]),
        `MPN-${Math.floor(rand() * 5000)}`,
        "part",
        1 + (i % 8),
        BigInt(1000 + Math.floor(rand() * 5_000_000)),
        "USD",
        false,
      ]);
      await w.insert(
        "bom_line",
        [
          "id",
          "bomId",
          "lineNo",
          "references",
          "manufacturer",
          "mpn",
          "description",
          "quantity",
          "unitPriceE4",
          "currency",
          "dnp",
        ],
        lines,
      );
      for (const superseded of b < SUPERSEDED ? [true, false] : [false]) {
        const detId = newId();
        const statuses = lines.map(() => {
          const r = rand();
          return r < 0.02 ? "blocked" : r < 0.06 ? "licence_required" : "nlr";
        });
        await w.insert("licence_determination", determinationColumns, [
          [
            detId,
            bomId,
            buyer[0]!,
            buyer[3]!,
            "US",
            "2024-06-01",
            run?.listVersionId ?? null,
            "2023-11-17",
            statuses.includes("blocked") ? "blocked" : "licence_required",
            summaryOf(lines, statuses, { name: buyer[2], hqCountry: buyer[3], status: "clear" }),
            admin?.id ?? null,
            at(superseded ? 120 : rand() * 90),
          ],
        ]);
        await w.insert(
          "determination_line",
          ["determinationId", "bomLineId", "status", "eccn", "ruleIds", "citations", "reasons"],
          lines.map((l, i) => [
            detId,
            l[0]!,
            statuses[i]!,
            statuses[i] === "nlr" ? "EAR99" : "3A090.a",
            "advanced-computing",
            "15 CFR 744.23",
            {
              reason: "bench",
              findings: [],
              assumptions: [],
              eccnWhy: "bench",
              part: statuses[i] === "nlr" ? null : `${l[4]} ${l[5]}`,
            },
          ]),
        );
      }
    }
    const runId = newId();
    await w.insert(
      "screening_run",
      [
        "id",
        "listVersionId",
        "sources",
        "thresholds",
        "trigger",
        "partyCount",
        "processed",
        "status",
        "createdAt",
        "finishedAt",
      ],
      [
        [
          runId,
          run!.listVersionId,
          ["all"],
          { match: 85, review: 70 },
          "manual",
          PARTIES,
          PARTIES,
          "succeeded",
          at(0),
          at(0),
        ],
      ],
    );
    const hits = Array.from({ length: HITS }, (_, i) => {
      const e = pick(entries);
      return [
        newId(),
        runId,
        parties[i * 7]![0]!,
        parties[i * 7]![2]!,
        e.id,
        e.entryKey,
        e.contentHash,
        e.sourceCode,
        e.name,
        70 + (i % 30),
        i % 3 === 0 ? "match" : i % 3 === 1 ? "review" : "related",
        {},
        at(0),
      ];
    });
    await w.insert("screening_match", matchColumns, hits);
    await w.insert(
      "compliance_decision",
      [
        "id",
        "partyId",
        "entryKey",
        "entryHash",
        "listVersionId",
        "decision",
        "note",
        "decidedById",
        "decidedAt",
        "expiresAt",
        "version",
      ],
      hits
        .slice(0, DECISIONS)
        .map((h, i) => [
          newId(),
          h[2]!,
          h[5]!,
          h[6]!,
          run!.listVersionId,
          pick(["false-positive", "confirmed-match", "escalated"]),
          "bench decision",
          admin!.id,
          at(i % 30),
          i % 5 ? null : at(-10 - (i % 40)),
          1,
        ]),
    );
  });
  await db().$disconnect?.();
}

/** The summary a real check stores (lib/rules/determine summarise), so the scenario panel reads it as it would. */
function summaryOf(lines: (string | number | bigint | boolean)[][], statuses: string[], buyer: object) {
  const byStatus: Record<string, number> = {
    blocked: 0,
    licence_required: 0,
    authorised: 0,
    needs_classification: 0,
    nlr: 0,
  };
  const valueByStatus: Record<string, Record<string, number>> = {
    blocked: {},
    licence_required: {},
    authorised: {},
    needs_classification: {},
    nlr: {},
  };
  lines.forEach((l, i) => {
    const status = statuses[i]!;
    byStatus[status]!++;
    const value = Math.round((Number(l[8]) * Number(l[7])) / 100);
    valueByStatus[status]!.USD = (valueByStatus[status]!.USD ?? 0) + value;
  });
  return {
    lines: lines.length,
    byStatus,
    valueByStatus,
    outcome: byStatus.blocked ? "blocked" : "licence_required",
    buyer,
  };
}

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
await populate();
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
