// The seed story checked against what happened: a scenario "as an executive would have seen it on date D" (only the
// financials of years that had ended by D, the listing on its real date) projected forward and set against the
// revenue the company then reported. Per year the P10/P50/P90 band, the actual, the absolute percentage error of the
// scenario and whether the actual fell inside the band; over all years the mean absolute percentage error (MAPE) and
// the coverage (the share of actuals inside the band; an honest 10-90 band covers about 80 %). Calibration fits the
// levers to the actuals by a deterministic coordinate search, so the same data always gives the same fit.
// Pure: the caller loads the lines, the actuals and the listing date, and passes them in.
import { placeListing, horizonFrom, type ListingPlacement } from "./dates";
import { fillTotals, prepareLines } from "./fast-totals";
import type { Horizon, Levers, LineInput, Segment } from "./model";
import type { Ranges } from "./uncertainty";
import { monteCarlo, rangesAround } from "./uncertainty";

/** A product line with every period of figures the database holds (yearly periods, minor units). */
export type LineHistory = Omit<LineInput, "revenueMinor" | "costMinor"> & {
  segment: Segment;
  financials: { period: string; revenueMinor: number; costMinor: number }[];
};
export type Actual = { year: number; revenueMinor: number; source: string };

/** The levers a backtest fits: the model's own, plus the growth every line would have had without a listing. */
export type BacktestLevers = Levers & { baselineGrowthBp: number };
export type FitLever = keyof BacktestLevers;

export const fitRanges: Partial<Record<FitLever, { min: number; max: number }>> = {
  baselineGrowthBp: { min: -2_000, max: 6_000 },
  lossShare: { min: 0, max: 1 },
  substitutionRecovery: { min: 0, max: 1 },
  conversionShare: { min: 0, max: 1 },
  softwarePriceRatio: { min: 0, max: 2 },
  licenceApproval: { min: 0, max: 1 },
  growthAfterShockBp: { min: -2_000, max: 6_000 },
};

export type BacktestYear = {
  year: number;
  p10: number;
  p50: number;
  p90: number;
  scenario: number;
  actual: number;
  /** |scenario - actual| / actual, a fraction */
  ape: number;
  inBand: boolean;
};

export type BacktestResult = {
  asOf: string;
  listingDate: string;
  listing: ListingPlacement;
  baseYear: number;
  horizon: Horizon;
  years: BacktestYear[];
  mape: number;
  coverage: number;
  levers: BacktestLevers;
};

/** The lines as they stood on `asOf`: each line's last year that had ended by then, or none. */
export function linesKnownOn(history: readonly LineHistory[], asOf: string, baselineGrowthBp?: number) {
  const lines: LineInput[] = [];
  let baseYear: number | null = null;
  for (const h of history) {
    const known = h.financials.filter((f) => /^\d{4}$/.test(f.period) && `${f.period}-12-31` < asOf);
    const last = known.sort((a, b) => a.period.localeCompare(b.period)).pop();
    if (!last) continue;
    baseYear = Math.max(baseYear ?? 0, Number(last.period));
    const { financials: _, ...rest } = h;
    lines.push({
      ...rest,
      growthBp: baselineGrowthBp ?? h.growthBp,
      revenueMinor: last.revenueMinor,
      costMinor: last.costMinor,
    });
  }
  return { lines, baseYear };
}

export type BacktestInput = {
  history: readonly LineHistory[];
  actuals: readonly Actual[];
  asOf: string;
  listingDate: string;
  levers: Levers;
  ranges: Ranges;
  seed: number;
  paths: number;
  /** the growth all lines would have had without the listing; the lines' own growth when omitted */
  baselineGrowthBp?: number;
};

/** The backtest's horizon: from the year after the base year through the last year with an actual. */
function backtestHorizon(baseYear: number, actuals: readonly Actual[]): Horizon {
  const lastActual = Math.max(...actuals.map((a) => a.year));
  return horizonFrom(String(baseYear), new Date(Date.UTC(baseYear + 1, 0, 1)), { endYear: lastActual });
}

export function runBacktest(input: BacktestInput): BacktestResult {
  const { lines, baseYear } = linesKnownOn(input.history, input.asOf, input.baselineGrowthBp);
  if (baseYear === null) throw new Error(`No financials had been reported by ${input.asOf}: nothing to project from.`);
  const actualYears = input.actuals.filter((a) => a.year > baseYear);
  if (actualYears.length === 0) throw new Error(`No actuals after the base year ${baseYear} to compare with.`);
  const horizon = backtestHorizon(baseYear, actualYears);
  const listing = placeListing(input.listingDate, horizon);
  const levers: Levers = { ...input.levers, listingPeriod: listing.listingPeriod };
  const T = horizon.periods.length;
  const rev = new Float64Array(T);
  fillTotals(prepareLines(lines, horizon), levers, rev, new Float64Array(T));
  const mc = monteCarlo(lines, levers, rangesAround(levers, input.ranges), horizon, {
    paths: input.paths,
    seed: input.seed,
  });
  const years: BacktestYear[] = [];
  horizon.periods.forEach((period, t) => {
    const actual = actualYears.find((a) => a.year === Number(period));
    if (!actual) return;
    const [p10, p50, p90] = [mc.revenue.p10[t]!, mc.revenue.p50[t]!, mc.revenue.p90[t]!];
    years.push({
      year: actual.year,
      p10,
      p50,
      p90,
      scenario: rev[t]!,
      actual: actual.revenueMinor,
      ape: Math.abs(rev[t]! - actual.revenueMinor) / actual.revenueMinor,
      inBand: actual.revenueMinor >= p10 && actual.revenueMinor <= p90,
    });
  });
  const mape = years.reduce((a, y) => a + y.ape, 0) / years.length;
  const coverage = years.filter((y) => y.inBand).length / years.length;
  const baselineGrowthBp = input.baselineGrowthBp ?? lines[0]?.growthBp ?? 0;
  return {
    asOf: input.asOf,
    listingDate: input.listingDate,
    listing,
    baseYear,
    horizon,
    years,
    mape,
    coverage,
    levers: { ...levers, baselineGrowthBp },
  };
}

/** The scenario's MAPE against the actuals under one set of levers: the fit's objective (no Monte Carlo). */
export function scenarioMape(input: Omit<BacktestInput, "paths" | "ranges" | "seed">, lv: BacktestLevers): number {
  const { lines, baseYear } = linesKnownOn(input.history, input.asOf, lv.baselineGrowthBp);
  if (baseYear === null) return Infinity;
  const actualYears = input.actuals.filter((a) => a.year > baseYear);
  const horizon = backtestHorizon(baseYear, actualYears);
  const levers: Levers = { ...lv, listingPeriod: placeListing(input.listingDate, horizon).listingPeriod };
  const rev = new Float64Array(horizon.periods.length);
  fillTotals(prepareLines(lines, horizon), levers, rev, new Float64Array(horizon.periods.length));
  let sum = 0;
  let n = 0;
  horizon.periods.forEach((p, t) => {
    const a = actualYears.find((x) => x.year === Number(p));
    if (!a) return;
    sum += Math.abs(rev[t]! - a.revenueMinor) / a.revenueMinor;
    n += 1;
  });
  return n ? sum / n : Infinity;
}

/**
 * The lever values that best reproduce the actuals (least MAPE), by coordinate search: each lever in turn is tried a
 * step up and a step down within its fit range, an improvement is kept, and the step halves when no lever improves,
 * until it is a thousandth of the range. Deterministic; a local optimum from the starting levers.
 */
export function fitLevers(
  input: Omit<BacktestInput, "paths" | "ranges" | "seed">,
  keys: readonly FitLever[] = Object.keys(fitRanges) as FitLever[],
): { levers: BacktestLevers; fitted: Partial<Record<FitLever, number>>; mape: number; evaluations: number } {
  const start: BacktestLevers = {
    ...input.levers,
    baselineGrowthBp: input.baselineGrowthBp ?? linesKnownOn(input.history, input.asOf).lines[0]?.growthBp ?? 0,
  };
  const clamp = (k: FitLever, v: number) => Math.min(fitRanges[k]!.max, Math.max(fitRanges[k]!.min, v));
  let best = { ...start };
  for (const k of keys) best[k] = clamp(k, best[k]);
  let bestScore = scenarioMape(input, best);
  let evaluations = 1;
  let scale = 0.25;
  while (scale > 0.001 && evaluations < 5_000) {
    let improved = false;
    for (const k of keys) {
      const step = (fitRanges[k]!.max - fitRanges[k]!.min) * scale;
      for (const dir of [1, -1]) {
        const trial = { ...best, [k]: clamp(k, best[k] + dir * step) };
        if (trial[k] === best[k]) continue;
        const score = scenarioMape(input, trial);
        evaluations += 1;
        if (score < bestScore - 1e-12) {
          best = trial;
          bestScore = score;
          improved = true;
          break;
        }
      }
    }
    if (!improved) scale /= 2;
  }
  const fitted: Partial<Record<FitLever, number>> = {};
  for (const k of keys) fitted[k] = round(best[k], k.endsWith("Bp") ? 0 : 3);
  for (const k of keys) best[k] = fitted[k]!;
  return { levers: best, fitted, mape: scenarioMape(input, best), evaluations };
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export type BacktestReport = {
  asOf: string;
  listingDate: string;
  baseYear: number;
  years: BacktestYear[];
  mape: number;
  coverage: number;
  /** the lever values that best reproduce the actuals */
  fitted: Partial<Record<FitLever, number>>;
  /** the same backtest with the fitted levers (the band centred on them) */
  fittedYears: BacktestYear[];
  fittedMape: number;
  fittedCoverage: number;
  listing: string;
};

/** The backtest as set, the levers fitted to the actuals, and the backtest again with them: what the CLI prints. */
export function backtestWithFit(input: BacktestInput): BacktestReport {
  const asSet = runBacktest(input);
  const fit = fitLevers(input);
  const refit = runBacktest({ ...input, levers: fit.levers, baselineGrowthBp: fit.levers.baselineGrowthBp });
  return {
    asOf: input.asOf,
    listingDate: input.listingDate,
    baseYear: asSet.baseYear,
    years: asSet.years,
    mape: asSet.mape,
    coverage: asSet.coverage,
    fitted: fit.fitted,
    fittedYears: refit.years,
    fittedMape: refit.mape,
    fittedCoverage: refit.coverage,
    listing: asSet.listing.sentence,
  };
}
