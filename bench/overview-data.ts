// The overview benchmark's volume, shared by bench:overview and bench:pages: the demo data plus 10,000 parties,
// 500 BOMs of 400 lines each (100 of them checked twice, so one check is superseded), a screening run over every
// party with 600 hits and 200 decisions. Written straight to the tables through the bulk writer.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { prng } from "./lib";

export const PARTIES = 10_000,
  BOMS = 500,
  LINES_PER_BOM = 400,
  HITS = 600,
  DECISIONS = 200,
  SUPERSEDED = 100;
const root = path.resolve(import.meta.dirname, "..");

function cli(DATABASE_URL: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, "bin/chokepoint.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`chokepoint ${args.join(" ")} failed:\n${r.stderr}${r.stdout}`);
}

/** A fresh SQLite database at `dbFile` with the demo data and the volume above; points lib/db at it. */
export async function populate(dbFile: string) {
  const DATABASE_URL = `file:${dbFile}`;
  process.env.DATABASE_URL = DATABASE_URL;
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  for (const f of fs.readdirSync(path.dirname(dbFile)))
    if (f.startsWith(path.basename(dbFile))) fs.rmSync(path.join(path.dirname(dbFile), f));
  cli(DATABASE_URL, ["db", "setup"]); // migrations, the shipped list, the demo data and its users
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
        // each check is as of the day it was made: the current exposure (a past-date check would not count)
        const made = at(superseded ? 120 : rand() * 90);
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
            made.toISOString().slice(0, 10),
            run?.listVersionId ?? null,
            "2023-11-17",
            statuses.includes("blocked") ? "blocked" : "licence_required",
            summaryOf(lines, statuses, { name: buyer[2], hqCountry: buyer[3], status: "clear" }),
            admin?.id ?? null,
            made,
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
