import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listScenarios, saveScenario, scenarioBase } from "@/lib/data/scenarios";
import { defaultParams } from "@/lib/scenarios/params";
import { project, totals } from "@/lib/scenarios/model";
import { suiteConfig } from "./database";

// On the seeded database: the demo financials, and the seed's determinations of the two demo BOMs.
describe(`scenarios (${suiteConfig().provider})`, () => {
  it("takes a hardware line's exposure from the determination of the BOM linked to it", async () => {
    const base = await scenarioBase();
    const gpu = base.lines.find((l) => l.name === "GPU inference servers")!;
    expect(gpu.exposureSource).toMatch(/^GPU server 8x H100 \(demo\): \d+ of 5 lines blocked or licence required, \d+ % of BOM cost$/);
    expect(gpu.blockedBp + gpu.licenceBp).toBeGreaterThan(0);
    const software = base.lines.find((l) => l.segment === "software")!;
    expect(software.blockedBp + software.licenceBp).toBe(0);
    expect(base.horizon.periods).toHaveLength(5);
    expect(base.currency).toBe("CNY");
    const t = totals(project(base.lines, { ...defaultParams.levers, lossShare: 0, growthAfterShockBp: 0 }, base.horizon)); // demo lines grow 0 %
    expect(t.scenarioRevenue).toEqual(t.baselineRevenue);
  });

  it("saves named scenarios as new versions, audited, and refuses bad levers without touching what is saved", async () => {
    const actor = { id: "exec-1", email: "exec@test" };
    expect((await saveScenario("Base case", defaultParams, actor)).version).toBe(1);
    expect((await saveScenario("Base case", { ...defaultParams, seed: 7 }, actor)).version).toBe(2);
    await expect(saveScenario("Base case", { ...defaultParams, levers: { ...defaultParams.levers, lossShare: 2 } }, actor)).rejects.toThrow(/levers.lossShare: 2 is outside 0 to 1/);
    const saved = (await listScenarios()).filter((s) => s.name === "Base case");
    expect(saved.map((s) => [s.version, s.params.seed])).toEqual([[2, 7], [1, 2019]]);
    expect(await db().auditLog.count({ where: { action: "scenario.saved" } })).toBe(2);
  });
});
