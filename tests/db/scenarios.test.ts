import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listScenarios, scenarioBase } from "@/lib/data/scenarios";
import { defaultParams } from "@/lib/scenarios/params";
import { project, totals } from "@/lib/scenarios/model";
import { suiteConfig } from "./database";
import { saveScenario } from "@/lib/operations/save-scenario";
import { setLineAssumptions } from "@/lib/operations/set-line-assumptions";
import { enterFinancial } from "@/lib/operations/enter-financial";

// On the seeded database: the demo financials, and the seed's determinations of the two demo BOMs.
describe(`scenarios (${suiteConfig().provider})`, () => {
  it("takes a hardware line's exposure from the determination of the BOM linked to it", async () => {
    const base = await scenarioBase(new Date("2026-12-07"));
    const gpu = base.lines.find((l) => l.name === "GPU inference servers")!;
    expect(gpu.exposureSource).toMatch(
      /^GPU server 8x H100 \(demo\): \d+ of 5 lines blocked or licence required, \d+ % of BOM cost; blocked lines under a presumption of denial or case-by-case review count as licence required$/,
    );
    // the seed's buyer is listed with a presumption of denial: its lines can be licensed, rarely (issue 19)
    expect(gpu.blockedBp).toBe(0);
    expect(gpu.licenceBp).toBe(10_000);
    expect(base.approvalDefault).toEqual({
      approval: 0.05,
      source: expect.stringMatching(/^exposed BOM value by review policy: 100 % presumption of denial \(/),
    });
    const software = base.lines.find((l) => l.segment === "software")!;
    expect(software.blockedBp + software.licenceBp).toBe(0);
    // the years follow the data (2020 is the last) and today: three years past 2026 (issue 18)
    expect(base.horizon.periods).toEqual(["2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028", "2029"]);
    expect(base.currency).toBe("CNY");
    const t = totals(
      project(base.lines, { ...defaultParams.levers, lossShare: 0, growthAfterShockBp: 0 }, base.horizon),
    ); // demo lines grow 0 %
    expect(t.scenarioRevenue).toEqual(t.baselineRevenue);
  });

  it("saves named scenarios as new versions, audited, and refuses bad levers without touching what is saved", async () => {
    const actor = { id: "exec-1", email: "exec@test" };
    expect((await saveScenario("Base case", defaultParams, actor)).version).toBe(1);
    expect((await saveScenario("Base case", { ...defaultParams, seed: 7 }, actor)).version).toBe(2);
    await expect(
      saveScenario("Base case", { ...defaultParams, levers: { ...defaultParams.levers, lossShare: 2 } }, actor),
    ).rejects.toThrow(/levers.lossShare: 2 is outside 0 to 1/);
    const saved = (await listScenarios()).filter((s) => s.name === "Base case");
    expect(saved.map((s) => [s.version, s.params.seed])).toEqual([
      [2, 7],
      [1, 2019],
    ]);
    expect(await db().auditLog.count({ where: { action: "scenario.saved" } })).toBe(2);
  });

  it("applies an executive's growth and exposure assumptions and figures entered by hand, audited", async () => {
    const actor = { id: "exec-2", email: "exec2@test" };
    const line = await db().productLine.create({
      data: { name: "Test edge boxes", segment: "hardware", currency: "CNY" },
      select: { id: true },
    });
    try {
      await setLineAssumptions({ productLineId: line.id, growthBp: 500, exposureBp: 2500 }, actor);
      await enterFinancial(
        { productLineId: line.id, period: "2020", revenueMinor: 123_456_00n, costMinor: 23_456_00n },
        actor,
      );
      const input = (await scenarioBase()).lines.find((l) => l.id === line.id)!;
      expect(input).toMatchObject({
        growthBp: 500,
        blockedBp: 2500,
        revenueMinor: 12_345_600,
        costMinor: 2_345_600,
        exposureSource: "assumption entered for the product line",
      });
      expect(
        await db().auditLog.count({
          where: { entityId: line.id, action: { in: ["product-line.assumptions", "financial.entered"] } },
        }),
      ).toBe(2);
    } finally {
      await db().financial.deleteMany({ where: { productLineId: line.id } });
      await db().productLine.delete({ where: { id: line.id } });
    }
  });

  it("refuses to add up lines in different currencies", async () => {
    const usd = await db().productLine.create({
      data: { name: "US services", segment: "services", currency: "USD" },
      select: { id: true },
    });
    await db().financial.create({
      data: { productLineId: usd.id, period: "2020", revenueMinor: 100n, costMinor: 50n, currency: "USD" },
    });
    try {
      const base = await scenarioBase();
      expect(base.lines).toEqual([]);
      expect(base.problems[0]).toMatch(/several currencies \(CNY, USD\)|several currencies \(USD, CNY\)/);
    } finally {
      await db().financial.deleteMany({ where: { productLineId: usd.id } });
      await db().productLine.delete({ where: { id: usd.id } });
    }
  });
});
