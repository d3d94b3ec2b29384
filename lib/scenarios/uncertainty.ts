// Uncertainty around a scenario: a seeded Monte Carlo over the levers that carry a range (P10/P50/P90 per
// period, the same bands for the same seed), a sensitivity analysis ranking the levers by their effect on
// cumulative revenue and gross profit (the tornado), and goal seek on one lever. Pure.
import { fillTotals, prepareLines } from "./fast-totals";
import { leverRanges, type Horizon, type Levers, type LineInput } from "./model";

export type LeverRange = { min: number; max: number };
export type Ranges = Partial<Record<keyof Levers, LeverRange>>;

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Scenario revenue and gross profit totals per period under one set of levers, written into the given arrays. For
 * one evaluation; what evaluates many (the Monte Carlo, tornado, goal seek) prepares the lines once and calls fillTotals.
 */
export function scenarioTotals(
  lines: readonly LineInput[],
  lv: Levers,
  horizon: Horizon,
  revenue: Float64Array,
  profit: Float64Array,
): void {
  fillTotals(prepareLines(lines, horizon), lv, revenue, profit);
}

export type Bands = { p10: number[]; p50: number[]; p90: number[] };

/**
 * The ranges moved to sit around the scenario as set: each keeps its width, centred on the lever's value and shifted
 * (not shrunk) to stay within the lever's limits. The band then describes uncertainty around the sliders, so the
 * scenario line lies within it, and the tornado swings each lever around the value the executive chose (issue 18).
 */
export function rangesAround(levers: Levers, ranges: Ranges): Ranges {
  const out: Ranges = {};
  for (const [key, g] of Object.entries(ranges) as [keyof Levers, LeverRange | undefined][]) {
    if (!g) continue;
    const width = g.max - g.min;
    const limits = leverRanges[key];
    let min = levers[key] - width / 2;
    let max = levers[key] + width / 2;
    if (min < limits.min) [min, max] = [limits.min, Math.min(limits.max, limits.min + width)];
    if (max > limits.max) [min, max] = [Math.max(limits.min, limits.max - width), limits.max];
    out[key] = { min, max };
  }
  return out;
}

/** P10/P50/P90 of scenario revenue and gross profit per period over `paths` draws of the ranged levers (uniform). */
export function monteCarlo(
  lines: readonly LineInput[],
  levers: Levers,
  ranges: Ranges,
  horizon: Horizon,
  opts: { paths: number; seed: number },
): { revenue: Bands; profit: Bands } {
  const T = horizon.periods.length;
  const N = opts.paths;
  const rand = seededRandom(opts.seed);
  const prepared = prepareLines(lines, horizon);
  // path-major: fillTotals writes each path's periods straight in, side by side; the bands read them a period at a time
  const revAll = new Float64Array(N * T);
  const profAll = new Float64Array(N * T);
  // the ranged levers as flat lists, drawn in the order of `ranges` (which fixes the bands for a seed)
  const ranged = (Object.entries(ranges) as [keyof Levers, LeverRange | undefined][]).filter(
    (e): e is [keyof Levers, LeverRange] => !!e[1] && e[1].max > e[1].min,
  );
  const keys = ranged.map(([key]) => key);
  const whole = ranged.map(([key]) => key === "listingPeriod");
  const lows = ranged.map(([, g]) => g.min);
  const spans = ranged.map(([key, g]) => (key === "listingPeriod" ? g.max - g.min + 1 : g.max - g.min));
  const lv: Levers = { ...levers };
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < keys.length; k++) {
      const v = lows[k]! + rand() * spans[k]!;
      lv[keys[k]!] = whole[k] ? Math.floor(v) : v;
    }
    fillTotals(prepared, lv, revAll, profAll, n * T);
  }
  const column = new Float64Array(N);
  const bands = (all: Float64Array): Bands => {
    const out: Bands = { p10: [], p50: [], p90: [] };
    for (let t = 0; t < T; t++) {
      for (let n = 0; n < N; n++) column[n] = all[n * T + t]!;
      const rank = (q: number) => Math.min(N - 1, Math.floor(q * (N - 1) + 0.5));
      // selection, not a full sort: each quantile in linear time (the ranks ascend, so each search starts where the last ended)
      out.p10.push(select(column, rank(0.1), 0));
      out.p50.push(select(column, rank(0.5), rank(0.1)));
      out.p90.push(select(column, rank(0.9), rank(0.5)));
    }
    return out;
  };
  return { revenue: bands(revAll), profit: bands(profAll) };
}

/** The k-th smallest value of a (partially reordered in place), searching from index `from` on (Hoare's quickselect). */
function select(a: Float64Array, k: number, from: number): number {
  let lo = from;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const x = a[i]!;
        a[i] = a[j]!;
        a[j] = x;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

export type TornadoRow = {
  lever: keyof Levers;
  label: string;
  low: number;
  high: number;
  revenueAtLow: number;
  revenueAtHigh: number;
  profitAtLow: number;
  profitAtHigh: number;
  revenueSwing: number;
  profitSwing: number;
};

/** Each ranged lever moved to its low and high end, the others held: cumulative revenue and profit, widest swing first. */
export function tornado(lines: readonly LineInput[], levers: Levers, ranges: Ranges, horizon: Horizon): TornadoRow[] {
  const T = horizon.periods.length;
  const rev = new Float64Array(T);
  const prof = new Float64Array(T);
  const prepared = prepareLines(lines, horizon);
  const cumulative = (lv: Levers) => {
    fillTotals(prepared, lv, rev, prof);
    let a = 0;
    let b = 0;
    for (let t = 0; t < T; t++) {
      a += rev[t]!;
      b += prof[t]!;
    }
    return { revenue: a, profit: b };
  };
  const rows: TornadoRow[] = [];
  for (const [lever, g] of Object.entries(ranges) as [keyof Levers, LeverRange][]) {
    if (!g || g.max <= g.min) continue;
    const lo = cumulative({ ...levers, [lever]: g.min });
    const hi = cumulative({ ...levers, [lever]: g.max });
    rows.push({
      lever,
      label: leverRanges[lever].label,
      low: g.min,
      high: g.max,
      revenueAtLow: lo.revenue,
      revenueAtHigh: hi.revenue,
      profitAtLow: lo.profit,
      profitAtHigh: hi.profit,
      revenueSwing: Math.abs(hi.revenue - lo.revenue),
      profitSwing: Math.abs(hi.profit - lo.profit),
    });
  }
  return rows.sort((a, b) => b.revenueSwing - a.revenueSwing || b.profitSwing - a.profitSwing);
}

/**
 * The smallest value of `lever` (between its range ends) at which scenario revenue in period `period` reaches
 * `target` (by bisection, assuming revenue rises with the lever); null when even the high end falls short.
 */
export function goalSeek(
  lines: readonly LineInput[],
  levers: Levers,
  horizon: Horizon,
  goal: { lever: keyof Levers; period: number; target: number; range: LeverRange },
): number | null {
  const T = horizon.periods.length;
  const rev = new Float64Array(T);
  const prof = new Float64Array(T);
  const prepared = prepareLines(lines, horizon);
  const at = (v: number) => {
    fillTotals(prepared, { ...levers, [goal.lever]: v }, rev, prof);
    return rev[goal.period]!;
  };
  if (at(goal.range.max) < goal.target) return null;
  if (at(goal.range.min) >= goal.target) return goal.range.min;
  let lo = goal.range.min;
  let hi = goal.range.max;
  for (let i = 0; i < 50 && hi - lo > 1e-6; i++) {
    const mid = (lo + hi) / 2;
    if (at(mid) >= goal.target) hi = mid;
    else lo = mid;
  }
  return hi;
}
