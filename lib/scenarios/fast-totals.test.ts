import { hardwareLine, typicalShock } from "../testing/scenario-examples";
import { describe, expect, it } from "vitest";
import { fillTotals, prepareLines } from "./fast-totals";
import { project, totals, type Levers, type LineInput, type Segment } from "./model";
import { seededRandom } from "./uncertainty";

describe("fillTotals", () => {
  const segments: Segment[] = ["hardware", "software", "services"];
  const horizon = { periods: ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8"], monthsPerPeriod: 3 };
  const T = horizon.periods.length;

  it("gives project()'s totals to the unit for any levers, listing periods outside the horizon and between periods included", () => {
    const rand = seededRandom(11);
    for (let c = 0; c < 200; c++) {
      const lines: LineInput[] = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, i) => ({
        id: `l${i}`,
        name: `Line ${i}`,
        segment: segments[Math.floor(rand() * 3)]!,
        revenueMinor: Math.floor(rand() * 1e10),
        costMinor: Math.floor(rand() * 5e9),
        growthBp: Math.floor(rand() * 3000 - 1000),
        blockedBp: Math.floor(rand() * 10_000),
        licenceBp: Math.floor(rand() * 3000),
        exposureSource: "test",
      }));
      const levers: Levers = {
        listingPeriod: [-1, 0, 3, 2.5, T - 1, T + 2][c % 6]!,
        lossShare: rand(),
        substitutionMonths: rand() * 24,
        substitutionRecovery: rand(),
        substitutionCostPremium: rand() * 2,
        conversionShare: rand(),
        softwarePriceRatio: rand() * 3,
        conversionRampMonths: c % 4 === 0 ? 0 : rand() * 24,
        softwareMargin: rand(),
        licenceApproval: rand(),
        growthAfterShockBp: rand() * 4000 - 2000,
        licenceVolumeCap: c % 3 === 0 ? 1 : rand(),
        licenceFeeShare: c % 2 === 0 ? 0 : rand() * 0.3,
        licenceLeadMonths: c % 5 === 0 ? 0 : rand() * 30,
      };
      const rev = new Float64Array(T);
      const prof = new Float64Array(T);
      fillTotals(prepareLines(lines, horizon), levers, rev, prof);
      const expected = totals(project(lines, levers, horizon));
      expect([...rev]).toEqual(expected.scenarioRevenue);
      expect([...prof]).toEqual(expected.scenarioProfit);
    }
  });

  it("writes one path's periods from `at` on and leaves the others alone", () => {
    const lines: LineInput[] = [{ ...hardwareLine, name: "Cameras" }];
    const levers: Levers = { ...typicalShock, substitutionMonths: 6, growthAfterShockBp: 200 };
    const rev = new Float64Array(3 * T).fill(-1);
    const prof = new Float64Array(3 * T).fill(-1);
    fillTotals(prepareLines(lines, horizon), levers, rev, prof, T);
    const expected = totals(project(lines, levers, horizon));
    expect([...rev.subarray(T, 2 * T)]).toEqual(expected.scenarioRevenue);
    expect([...prof.subarray(T, 2 * T)]).toEqual(expected.scenarioProfit);
    expect([...rev.subarray(0, T), ...rev.subarray(2 * T)].every((v) => v === -1)).toBe(true);
  });
});
