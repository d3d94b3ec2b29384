import { describe, expect, it } from "vitest";
import { project, totals, type Levers, type LineInput } from "./model";
import { hardwareLine, softwareLine, typicalShock } from "../testing/scenario-examples";
import { goalSeek, monteCarlo, scenarioTotals, seededRandom, tornado } from "./uncertainty";

const horizon = { periods: ["2024", "2025", "2026", "2027"], monthsPerPeriod: 12 };
const lines: LineInput[] = [hardwareLine, softwareLine];
const levers: Levers = { ...typicalShock, substitutionMonths: 18, conversionRampMonths: 12, growthAfterShockBp: 200 };

describe("scenarioTotals", () => {
  it("gives the same totals as the detailed projection", () => {
    const rev = new Float64Array(4);
    const prof = new Float64Array(4);
    scenarioTotals(lines, levers, horizon, rev, prof);
    const t = totals(project(lines, levers, horizon));
    expect([...rev]).toEqual(t.scenarioRevenue);
    expect([...prof]).toEqual(t.scenarioProfit);
  });
});

describe("monteCarlo", () => {
  it("reproduces the bands exactly from the seed, and orders them P10 <= P50 <= P90", () => {
    const ranges = { conversionShare: { min: 0.1, max: 0.7 }, lossShare: { min: 0.5, max: 1 } };
    const a = monteCarlo(lines, levers, ranges, horizon, { paths: 500, seed: 42 });
    const b = monteCarlo(lines, levers, ranges, horizon, { paths: 500, seed: 42 });
    expect(a).toEqual(b);
    for (let t = 0; t < 4; t++)
      expect(a.revenue.p10[t]! <= a.revenue.p50[t]! && a.revenue.p50[t]! <= a.revenue.p90[t]!).toBe(true);
    expect(monteCarlo(lines, levers, ranges, horizon, { paths: 500, seed: 43 })).not.toEqual(a);
  });
  it("gives the bands of project() run on each draw and sorted", () => {
    const ranges = {
      lossShare: { min: 0.5, max: 1 },
      listingPeriod: { min: 0, max: 3 },
      licenceApproval: { min: 0, max: 1 },
      softwareMargin: { min: 0.7, max: 0.7 },
    };
    const paths = 300;
    const rand = seededRandom(9);
    const draws = Array.from({ length: paths }, () =>
      totals(
        project(
          lines,
          { ...levers, lossShare: 0.5 + rand() * 0.5, listingPeriod: Math.floor(rand() * 4), licenceApproval: rand() },
          horizon,
        ),
      ),
    );
    const at = (series: number[], q: number) => [...series].sort((a, b) => a - b)[Math.floor(q * (paths - 1) + 0.5)]!;
    const band = (key: "scenarioRevenue" | "scenarioProfit", q: number) =>
      horizon.periods.map((_, t) =>
        at(
          draws.map((d) => d[key][t]!),
          q,
        ),
      );
    expect(monteCarlo(lines, levers, ranges, horizon, { paths, seed: 9 })).toEqual({
      revenue: {
        p10: band("scenarioRevenue", 0.1),
        p50: band("scenarioRevenue", 0.5),
        p90: band("scenarioRevenue", 0.9),
      },
      profit: { p10: band("scenarioProfit", 0.1), p50: band("scenarioProfit", 0.5), p90: band("scenarioProfit", 0.9) },
    });
  });
  it("has no spread without ranges, and a lever's range shows in the bands", () => {
    const point = monteCarlo(lines, levers, {}, horizon, { paths: 50, seed: 1 });
    expect(point.revenue.p10).toEqual(point.revenue.p90);
    const wide = monteCarlo(lines, levers, { conversionShare: { min: 0, max: 1 } }, horizon, { paths: 500, seed: 1 });
    expect(wide.revenue.p90[3]! - wide.revenue.p10[3]!).toBeGreaterThan(0);
    expect(wide.revenue.p10[0]).toBe(wide.revenue.p90[0]); // before the listing nothing varies
  });
});

describe("tornado", () => {
  it("ranks levers by their swing in cumulative revenue", () => {
    const rows = tornado(
      lines,
      levers,
      {
        lossShare: { min: 0.5, max: 1 },
        softwareMargin: { min: 0.5, max: 0.9 },
        conversionShare: { min: 0.3, max: 0.5 },
      },
      horizon,
    );
    expect(rows.map((r) => r.lever)).toEqual(["lossShare", "conversionShare", "softwareMargin"]);
    expect(rows[2]!.revenueSwing).toBe(0); // margin moves profit, not revenue
    expect(rows[2]!.profitSwing).toBeGreaterThan(0);
  });
});

describe("goalSeek", () => {
  it("finds the conversion share that keeps year-3 revenue at baseline, or says it cannot", () => {
    const baseline = totals(project(lines, levers, horizon)).baselineRevenue[2]!;
    const share = goalSeek(lines, { ...levers, softwarePriceRatio: 1.5 }, horizon, {
      lever: "conversionShare",
      period: 2,
      target: baseline,
      range: { min: 0, max: 1 },
    });
    expect(share).not.toBeNull();
    const rev = totals(project(lines, { ...levers, softwarePriceRatio: 1.5, conversionShare: share! }, horizon))
      .scenarioRevenue[2]!;
    expect(rev).toBeGreaterThanOrEqual(baseline);
    expect(
      goalSeek(lines, { ...levers, softwarePriceRatio: 0.1 }, horizon, {
        lever: "conversionShare",
        period: 2,
        target: baseline,
        range: { min: 0, max: 1 },
      }),
    ).toBeNull();
  });
});

describe("seededRandom", () => {
  it("repeats its sequence for a seed", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe("the band around the scenario as set", () => {
  it("centres each range on the lever, keeping its width within the lever's limits", async () => {
    const { rangesAround } = await import("./uncertainty");
    const { defaultParams } = await import("./params");
    const lv = { ...defaultParams.levers, conversionShare: 0.8, lossShare: 1 };
    const r = rangesAround(lv, { conversionShare: { min: 0.15, max: 0.55 }, lossShare: { min: 0.6, max: 1 } });
    expect(r.conversionShare!.min).toBeCloseTo(0.6, 12);
    expect(r.conversionShare!.max).toBeCloseTo(1, 12);
    expect(r.lossShare!.min).toBeCloseTo(0.6, 12);
    expect(r.lossShare!.max).toBe(1);
  });
});
