import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordDetermination } from "@/lib/operations/record-determination";
import { overviewRuleChanges, replayRules } from "@/lib/operations/replay-rules";
import { suiteConfig, useScratchDatabase } from "./database";

// A seeded database of its own: the checks recorded here must not change what other files count as in force
// (tests/db/scenarios.test.ts reads the exposure of the GPU-server BOM's checks).
useScratchDatabase({ beforeAll, afterAll });
beforeAll(async () => {
  const { seedDatabase } = await import("@/prisma/seed");
  await seedDatabase({ log: () => {} });
}, 120_000);

// On the seeded database: the demo GPU-server BOM (8 H100s at 25,000.00 USD), an unlisted demo buyer in China, and
// the seed's own checks of both demo BOMs for SenseTime (on the Entity List since 2019-10-09).
const actor = { id: null, email: "test@replay" };
const today = new Date().toISOString().slice(0, 10);
const gpuBom = () => db().bom.findFirstOrThrow({ where: { name: "GPU server 8x H100 (demo)" }, select: { id: true } });
const party = (name: string) => db().party.findFirstOrThrow({ where: { name }, select: { id: true } });
const lakeview = "Hangzhou Lakeview Retail Systems Co., Ltd.";
const sensetime = "Beijing SenseTime Technology Development Co., Ltd.";

describe(`rule-change replay (${suiteConfig().provider})`, () => {
  it("finds the H100 line a check of today needs a licence for, and that needed none under the rules of 2022-10-06", async () => {
    const bom = await gpuBom();
    const buyer = await party(lakeview);
    await recordDetermination(bom.id, { buyer: { partyId: buyer.id }, destination: "CN", asOf: today }, actor);
    const determinations = await db().licenceDetermination.count();
    const audit = await db().auditLog.count();

    const r = await replayRules({ rules: "2022-10-06" }, "compliance");
    expect(r.rules).toMatchObject({ asOf: "2022-10-06", kind: "date", version: { id: "2022-03-02" } });
    // the seed's two checks for SenseTime and this one (other test files may have added more)
    expect(r.checks).toBeGreaterThanOrEqual(3);
    expect(r.checks).toBe(r.checksInForce);
    const mine = r.changes.filter((c) => c.buyerName === lakeview);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      bomName: "GPU server 8x H100 (demo)",
      destination: "CN",
      lineNo: 1,
      part: "NVIDIA H100 SXM5 80 GB",
      from: { status: "blocked", ruleId: "advanced-computing", eccn: "3A090.a" },
      valueMinor: 20_000_000,
      currency: "USD",
      recordedDiffers: null,
    });
    // the catalogue classes the H100 by the thresholds in force: 3A991 (anti-terrorism only) before 3A090 existed
    expect(mine[0]!.to).toMatchObject({ status: "nlr", eccn: "3A991", ruleId: "nlr", citation: "15 CFR 732.3" });
    expect(mine.map((c) => [c.buyerName, c.lineNo, c.from.status, c.to.status])).toEqual([
      [lakeview, 1, "blocked", "nlr"],
    ]);
    expect(mine[0]!.from.citation).toMatch(/15 CFR 742\.6\(a\)\(6\)\(iii\)/);
    // SenseTime's listing (2019) still binds against the 2022 rules: the replay moves the rules, not the list
    expect(r.changes.filter((c) => c.buyerName === sensetime && c.from.ruleId === "entity-list")).toEqual([]);
    const customer = r.summary.byCustomer.find((g) => g.label === lakeview);
    expect(customer).toMatchObject({ lines: 1, detail: "1 BOM", valueByCurrency: { USD: 20_000_000 } });
    expect(r.summary.byBom.find((g) => g.label === "GPU server 8x H100 (demo)")?.detail).toBe("GPU inference servers");

    // a read: no determination and no audit entry
    expect(await db().licenceDetermination.count()).toBe(determinations);
    expect(await db().auditLog.count()).toBe(audit);
  });

  it("replays against a list version without the buyer's listing: SenseTime's Entity List lines are no longer blocked", async () => {
    const empty = await db().listVersion.create({
      data: {
        listKind: "csl",
        label: "replay test: no SenseTime",
        status: "superseded",
        fileName: "none.csv",
        fileSha256: "0".repeat(64),
      },
      select: { id: true },
    });
    const r = await replayRules({ rules: today, lists: empty.id }, "executive");
    expect(r.lists.replay).toMatchObject({ id: empty.id, label: "replay test: no SenseTime" });
    const st = r.changes.filter((c) => c.buyerName === sensetime);
    expect(st.length).toBeGreaterThan(0);
    for (const c of st) expect(c.from).toMatchObject({ status: "blocked", ruleId: "entity-list" });
    expect(st.every((c) => c.to.status !== "blocked" || c.to.ruleId !== "entity-list")).toBe(true);
    // Lakeview is on no list in either version: the same rules and no listing change nothing for it
    expect(r.changes.filter((c) => c.buyerName === lakeview)).toEqual([]);
    // by label too
    const byLabel = await replayRules({ rules: today, lists: "replay test: no SenseTime" }, "analyst");
    expect(byLabel.summary.linesChanged).toBe(r.summary.linesChanged);
  });

  it("refuses an unknown rule-set version, a bad date and an unknown list version, each saying which", async () => {
    await expect(replayRules({ rules: "v9" }, "compliance")).rejects.toThrow(/rules "v9": no such rule-set version/);
    await expect(replayRules({ rules: "2022-02-30" }, "compliance")).rejects.toThrow(/not a calendar date/);
    await expect(replayRules({ rules: today, lists: "no-such-version" }, "compliance")).rejects.toThrow(
      /list version "no-such-version": no such version of the Consolidated Screening List/,
    );
  });

  it("counts, for the overview, the lines the rules before the period would change", async () => {
    const o = await overviewRuleChanges("executive", "2022-10-07");
    expect(o.previous).toMatchObject({ asOf: "2022-10-06", id: "2022-03-02" });
    expect(o.versions.map((v) => v.id)).toContain("2022-10-07");
    expect(o.href).toBe("/replay?rules=2022-10-06");
    const full = await replayRules({ rules: "2022-10-06" }, "executive");
    expect(o.replay).toMatchObject({ linesChanged: full.summary.linesChanged, checks: full.checks });
    expect(o.replay!.linesChanged).toBeGreaterThanOrEqual(1);
    // a period with no rule change replays nothing
    const none = await overviewRuleChanges("executive", "2099-01-01", new Date("2099-06-01T00:00:00Z"));
    expect(none).toMatchObject({ versions: [], replay: null });
  });
});
