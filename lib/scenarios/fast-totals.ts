// Scenario revenue and gross profit totals per period, fast: the hot path of the Monte Carlo (every path), the
// tornado and goal seek. It walks the lines as simulateLine (model.ts) does, with the same shockedPeriod, but
// only sums, and what no lever moves (the software and services lines' totals, each hardware line's constants)
// is prepared once per set of lines; unit tests keep its totals equal to project()'s.
//
// Every amount is a whole number of minor units, and sums of whole numbers below 2^53 are exact in any order,
// so adding the lines up in a different order than project() does gives the same totals to the unit.
import { shockedPeriod, zeroPeriodValues, type Horizon, type Levers, type LineInput } from "./model";
import { roundHalfUp } from "./round";

/** What the lines and the horizon fix whatever the levers: built once, read by every path. */
export type PreparedLines = {
  periods: number;
  monthsPerPeriod: number;
  /** per period: the software and services lines, which no lever moves */
  fixedRevenue: number[];
  fixedProfit: number[];
  hardware: HardwareLine[];
};

type HardwareLine = { revenueMinor: number; costRatio: number; growth: number; blockedBp: number; licenceBp: number };

export function prepareLines(lines: readonly LineInput[], horizon: Horizon): PreparedLines {
  const T = horizon.periods.length;
  // plain arrays: quicker to create than typed ones, which a one-off scenarioTotals call would feel
  const p: PreparedLines = {
    periods: T,
    monthsPerPeriod: horizon.monthsPerPeriod,
    fixedRevenue: Array<number>(T).fill(0),
    fixedProfit: Array<number>(T).fill(0),
    hardware: [],
  };
  for (const line of lines) {
    const costRatio = line.revenueMinor ? line.costMinor / line.revenueMinor : 0;
    const growth = 1 + line.growthBp / 10_000;
    if (line.segment === "hardware") {
      p.hardware.push({
        revenueMinor: line.revenueMinor,
        costRatio,
        growth,
        blockedBp: line.blockedBp,
        licenceBp: line.licenceBp,
      });
      continue;
    }
    let baseline = line.revenueMinor;
    for (let t = 0; t < T; t++) {
      baseline = r(baseline * growth);
      p.fixedRevenue[t]! += baseline;
      p.fixedProfit[t]! += baseline - r(baseline * costRatio);
    }
  }
  return p;
}

/** Scenario revenue and gross profit per period under `lv`, written into `p.periods` entries of the arrays from `at` on. */
export function fillTotals(p: PreparedLines, lv: Levers, revenue: Float64Array, profit: Float64Array, at = 0): void {
  const T = p.periods;
  const { listingPeriod } = lv;
  const shockGrowth = 1 + lv.growthAfterShockBp / 10_000;
  const monthsPerPeriod = p.monthsPerPeriod;
  for (let t = 0; t < T; t++) {
    revenue[at + t] = p.fixedRevenue[t]!;
    profit[at + t] = p.fixedProfit[t]!;
  }
  const v = zeroPeriodValues();
  for (let h = 0; h < p.hardware.length; h++) {
    const { revenueMinor, costRatio, growth, blockedBp, licenceBp } = p.hardware[h]!;
    let baseline = revenueMinor;
    let afterShock = 1;
    for (let t = 0; t < T; t++) {
      baseline = r(baseline * growth);
      if (t < listingPeriod) {
        revenue[at + t]! += baseline;
        profit[at + t]! += baseline - r(baseline * costRatio);
        continue;
      }
      if (t > listingPeriod) afterShock *= shockGrowth / growth;
      shockedPeriod(
        lv,
        costRatio,
        blockedBp,
        licenceBp,
        baseline,
        afterShock,
        (t - listingPeriod + 1) * monthsPerPeriod,
        v,
      );
      revenue[at + t]! += v.revenue + v.software;
      profit[at + t]! += v.revenue - v.cost + v.software - v.softwareCost;
    }
  }
}

const r = roundHalfUp;
