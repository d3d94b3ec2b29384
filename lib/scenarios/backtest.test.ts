import { describe, expect, it } from "vitest";
import { fitLevers, linesKnownOn, runBacktest, scenarioMape, type Actual, type LineHistory } from "./backtest";
import { defaultParams } from "./params";

// Two lines shaped like the demo (hardware exposed, software not), three years of figures, and actuals to 2024.
const history: LineHistory[] = [
  {
    id: "hw",
    name: "Cameras",
    segment: "hardware",
    growthBp: 0,
    blockedBp: 5_000,
    licenceBp: 0,
    exposureSource: "test",
    financials: [
      { period: "2018", revenueMinor: 100_000, costMinor: 60_000 },
      { period: "2019", revenueMinor: 150_000, costMinor: 90_000 },
    ],
  },
  {
    id: "sw",
    name: "Software",
    segment: "software",
    growthBp: 0,
    blockedBp: 0,
    licenceBp: 0,
    exposureSource: "test",
    financials: [
      { period: "2018", revenueMinor: 100_000, costMinor: 20_000 },
      { period: "2019", revenueMinor: 140_000, costMinor: 30_000 },
    ],
  },
];
const actuals: Actual[] = [2019, 2020, 2021, 2022].map((year, i) => ({
  year,
  revenueMinor: [300_000, 330_000, 400_000, 350_000][i]!,
  source: "test",
}));
const input = {
  history,
  actuals,
  asOf: "2019-10-09",
  listingDate: "2019-10-09",
  levers: defaultParams.levers,
  ranges: defaultParams.ranges,
  seed: 1,
  paths: 400,
};

describe("backtest", () => {
  it("projects from the figures of years that had ended by the as-of date", () => {
    expect(linesKnownOn(history, "2019-10-09").baseYear).toBe(2018);
    expect(linesKnownOn(history, "2019-12-31").baseYear).toBe(2018); // 2019 has not ended on its last day
    expect(linesKnownOn(history, "2020-01-01").baseYear).toBe(2019);
    expect(linesKnownOn(history, "2018-06-01").lines).toEqual([]);
  });

  it("sets every actual after the base year against the band, with the error and coverage", () => {
    const r = runBacktest(input);
    expect(r.baseYear).toBe(2018);
    expect(r.horizon.periods).toEqual(["2019", "2020", "2021", "2022"]);
    expect(r.listing.where).toBe("in the forecast");
    expect(r.levers.listingPeriod).toBe(0);
    expect(r.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022]);
    // no growth: hardware 100,000 loses 50 % exposure x 80 %, software 100,000 stays; the actuals are far above
    const first = r.years[0]!;
    expect(first.scenario).toBeLessThan(200_000);
    expect(first.ape).toBeCloseTo(Math.abs(first.scenario - 300_000) / 300_000, 10);
    expect(r.years.every((y) => y.p10 <= y.p50 && y.p50 <= y.p90)).toBe(true);
    expect(r.years.every((y) => !y.inBand)).toBe(true);
    expect(r.coverage).toBe(0);
    expect(r.mape).toBeCloseTo(r.years.reduce((a, y) => a + y.ape, 0) / 4, 12);
  });

  it("fits levers that reproduce history better, the same way every time", () => {
    const before = scenarioMape(input, { ...input.levers, baselineGrowthBp: 0 });
    const fit = fitLevers(input);
    expect(fit.mape).toBeLessThan(before / 2);
    expect(fitLevers(input)).toEqual(fit);
    expect(fit.fitted.baselineGrowthBp).toBeGreaterThan(0);
    const refit = runBacktest({ ...input, levers: fit.levers, baselineGrowthBp: fit.levers.baselineGrowthBp });
    expect(refit.mape).toBeCloseTo(fit.mape, 10);
  });

  it("starts from later figures when the as-of date is later, with the listing before the base year", () => {
    const r = runBacktest({ ...input, asOf: "2020-03-31" });
    expect(r.baseYear).toBe(2019);
    expect(r.listing.where).toBe("in the base year");
    expect(r.levers.listingPeriod).toBe(-1);
    expect(r.years.map((y) => y.year)).toEqual([2020, 2021, 2022]);
  });

  it("says when there is nothing to project from or compare with", () => {
    expect(() => runBacktest({ ...input, asOf: "2018-01-01" })).toThrow(
      /No financials had been reported by 2018-01-01/,
    );
    expect(() => runBacktest({ ...input, actuals: actuals.slice(0, 0) })).toThrow(
      /No actuals after the base year 2018/,
    );
  });
});

describe("backtestWithFit", () => {
  it("reports the backtest as set, the fitted levers and the lower error they give", async () => {
    const { backtestWithFit } = await import("./backtest");
    const r = backtestWithFit(input);
    expect(r.baseYear).toBe(2018);
    expect(r.years).toHaveLength(4);
    expect(r.fittedYears).toHaveLength(4);
    expect(Object.keys(r.fitted).sort()).toEqual(
      [
        "baselineGrowthBp",
        "conversionShare",
        "growthAfterShockBp",
        "licenceApproval",
        "lossShare",
        "softwarePriceRatio",
        "substitutionRecovery",
      ].sort(),
    );
    expect(r.fittedMape).toBeLessThan(r.mape);
    expect(r.listing).toBe("Listed on 2019-10-09: the shock starts in 2019.");
  });
});
