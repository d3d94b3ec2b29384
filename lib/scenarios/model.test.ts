import { describe, expect, it } from "vitest";
import { noShock } from "../testing/scenario-examples";
import { leverProblems, project, totals, type LineInput } from "./model";

const horizon = { periods: ["2024", "2025", "2026"], monthsPerPeriod: 12 };
const hw: LineInput = {
  id: "hw",
  name: "AI cameras",
  segment: "hardware",
  revenueMinor: 1_000_000,
  costMinor: 600_000,
  growthBp: 0,
  blockedBp: 10_000,
  licenceBp: 0,
  exposureSource: "assumption",
};
const sw: LineInput = {
  id: "sw",
  name: "Software",
  segment: "software",
  revenueMinor: 500_000,
  costMinor: 100_000,
  growthBp: 1000,
  blockedBp: 0,
  licenceBp: 0,
  exposureSource: "n/a",
};

describe("project", () => {
  it("equals the baseline when nothing is lost", () => {
    const t = totals(project([hw, sw], noShock, horizon));
    expect(t.scenarioRevenue).toEqual(t.baselineRevenue);
    expect(t.scenarioProfit).toEqual(t.baselineProfit);
    expect(t.baselineRevenue).toEqual([1_550_000, 1_605_000, 1_665_500]); // software grows 10 % a period
  });
  it("loses the whole exposed hardware revenue with no conversion or substitution", () => {
    const p = project([hw], { ...noShock, lossShare: 1 }, horizon);
    expect(p.lines[0]!.scenarioRevenue).toEqual([0, 0, 0]);
    expect(p.lines[0]!.scenarioProfit).toEqual([0, 0, 0]);
    expect(p.bridge).toEqual({ baseline: 3_000_000, lost: 3_000_000, recovered: 0, converted: 0, scenario: 0 });
  });
  it("keeps revenue whole under full conversion at the same price, and gross profit whole at the same margin", () => {
    const p = project(
      [hw],
      { ...noShock, lossShare: 1, conversionShare: 1, softwarePriceRatio: 1, softwareMargin: 0.4 },
      horizon,
    );
    const t = totals(p);
    expect(t.scenarioRevenue).toEqual(t.baselineRevenue);
    expect(t.scenarioProfit).toEqual(t.baselineProfit);
  });
  it("starts at the listing period, recovers after substitution and ramps conversion up", () => {
    const p = project(
      [hw],
      {
        ...noShock,
        listingPeriod: 1,
        lossShare: 0.5,
        substitutionMonths: 12,
        substitutionRecovery: 0.5,
        conversionShare: 1,
        softwarePriceRatio: 0.5,
        conversionRampMonths: 24,
      },
      horizon,
    );
    expect(p.lines[0]!.scenarioRevenue).toEqual([1_000_000, 500_000, 750_000]);
    // 2025: lost 500,000, ramp 12/24 -> 500,000 x 0.5 x 0.5 = 125,000; 2026: (500,000 - 250,000) x 0.5 x 1 = 125,000
    expect(p.lines[1]!.scenarioRevenue).toEqual([0, 125_000, 125_000]);
  });
  it("weighs licence-required exposure by the approval probability", () => {
    const p = project(
      [{ ...hw, blockedBp: 2000, licenceBp: 6000 }],
      { ...noShock, lossShare: 1, licenceApproval: 0.5 },
      horizon,
    );
    expect(p.lines[0]!.scenarioRevenue[0]).toBe(500_000); // 20 % + 60 % x 0.5 = 50 % lost
  });
});

describe("leverProblems", () => {
  it("names the lever, the value and the allowed range", () => {
    expect(leverProblems({ ...noShock, lossShare: 1.2, listingPeriod: 5 }, horizon)).toEqual([
      "listingPeriod (listing period): 5 is outside -10 to 3",
      "lossShare (share of exposed hardware revenue lost): 1.2 is outside 0 to 1",
    ]);
    expect(leverProblems(noShock, horizon)).toEqual([]);
  });
});

describe("licence conditions as levers", () => {
  // one hardware line, all of it licence required, every licence approved, nothing recovered or converted
  const line = { ...hardwareLineForConditions(), blockedBp: 0, licenceBp: 10_000 };
  const horizon = { periods: ["2021", "2022", "2023"], monthsPerPeriod: 12 };
  const base = { ...noShock, lossShare: 1, licenceApproval: 1 };
  const revenue = (lv: Partial<typeof base>) => totals(project([line], { ...base, ...lv }, horizon)).scenarioRevenue;
  const profit = (lv: Partial<typeof base>) => totals(project([line], { ...base, ...lv }, horizon)).scenarioProfit;

  it("an approved licence with no conditions loses nothing", () => {
    expect(revenue({})).toEqual([1_000_000, 1_000_000, 1_000_000]);
  });
  it("a volume cap loses the share of licensed volume above it", () => {
    expect(revenue({ licenceVolumeCap: 0.6 })).toEqual([600_000, 600_000, 600_000]);
  });
  it("a lead time loses approved shipments until it has passed", () => {
    // 18 months: the first period (12 months in) waits, the second (24 months in) ships
    expect(revenue({ licenceLeadMonths: 18 })).toEqual([0, 1_000_000, 1_000_000]);
  });
  it("a fee on licensed sales lowers gross profit, not revenue", () => {
    expect(revenue({ licenceFeeShare: 0.1 })).toEqual(revenue({}));
    expect(profit({}).map((p, t) => p - profit({ licenceFeeShare: 0.1 })[t]!)).toEqual([100_000, 100_000, 100_000]);
  });
});

function hardwareLineForConditions() {
  return {
    id: "hw",
    name: "Licensed boxes",
    segment: "hardware" as const,
    revenueMinor: 1_000_000,
    costMinor: 600_000,
    growthBp: 0,
    blockedBp: 0,
    licenceBp: 0,
    exposureSource: "test",
  };
}
