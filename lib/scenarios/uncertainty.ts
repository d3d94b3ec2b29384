// Uncertainty around a scenario: a seeded Monte Carlo over the levers that carry a range (P10/P50/P90 per
// period, the same bands for the same seed), a sensitivity analysis ranking the levers by their effect on
// cumulative revenue and gross profit (the tornado), and goal seek on one lever. Pure.
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
 * Scenario revenue and gross profit totals per period, written into the given arrays. The hot path of the Monte
 * Carlo (millions of line-periods per run), so it repeats simulateLine's arithmetic inline instead of calling
 * back per period (five times faster); a unit test keeps its totals equal to project()'s.
 */
export function scenarioTotals(lines: readonly LineInput[], lv: Levers, horizon: Horizon, revenue: Float64Array, profit: Float64Array): void {
  const T = horizon.periods.length;
  revenue.fill(0);
  profit.fill(0);
  const { listingPeriod, lossShare, substitutionMonths, substitutionRecovery, substitutionCostPremium, conversionShare, softwarePriceRatio, conversionRampMonths, softwareMargin, licenceApproval } = lv;
  const shockGrowth = 1 + lv.growthAfterShockBp / 10_000;
  const monthsPerPeriod = horizon.monthsPerPeriod;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const costRatio = line.revenueMinor ? line.costMinor / line.revenueMinor : 0;
    const growth = 1 + line.growthBp / 10_000;
    const exposedShare = (line.blockedBp + line.licenceBp * (1 - licenceApproval)) / 10_000;
    const hardware = line.segment === "hardware";
    let baseline = line.revenueMinor;
    let afterShock = 1;
    for (let t = 0; t < T; t++) {
      baseline = r(baseline * growth);
      if (!hardware || t < listingPeriod) {
        revenue[t]! += baseline;
        profit[t]! += baseline - r(baseline * costRatio);
        continue;
      }
      if (t > listingPeriod) afterShock *= shockGrowth / growth;
      const months = (t - listingPeriod + 1) * monthsPerPeriod;
      const grown = r(baseline * afterShock);
      const lost = r(grown * exposedShare * lossShare);
      const recovered = months > substitutionMonths ? r(lost * substitutionRecovery) : 0;
      const ramp = conversionRampMonths > 0 ? Math.min(1, months / conversionRampMonths) : 1;
      const software = r((lost - recovered) * conversionShare * softwarePriceRatio * ramp);
      const rev = grown - lost + recovered;
      const cost = r((grown - lost) * costRatio) + r(recovered * costRatio * (1 + substitutionCostPremium));
      revenue[t]! += rev + software;
      profit[t]! += rev - cost + software - r(software * (1 - softwareMargin));
    }
  }
}

const r = Math.round;

export type Bands = { p10: number[]; p50: number[]; p90: number[] };

/** P10/P50/P90 of scenario revenue and gross profit per period over `paths` draws of the ranged levers (uniform). */
export function monteCarlo(lines: readonly LineInput[], levers: Levers, ranges: Ranges, horizon: Horizon, opts: { paths: number; seed: number }): { revenue: Bands; profit: Bands } {
  const T = horizon.periods.length;
  const N = opts.paths;
  const rand = seededRandom(opts.seed);
  const revenue = new Float64Array(T);
  const profit = new Float64Array(T);
  const revAll = new Float64Array(T * N);
  const profAll = new Float64Array(T * N);
  const ranged = (Object.entries(ranges) as [keyof Levers, LeverRange][]).filter(([, g]) => g && g.max > g.min);
  const lv: Levers = { ...levers };
  for (let n = 0; n < N; n++) {
    for (let k = 0; k < ranged.length; k++) {
      const [key, g] = ranged[k]!;
      lv[key] = key === "listingPeriod" ? Math.floor(g.min + rand() * (g.max - g.min + 1)) : g.min + rand() * (g.max - g.min);
    }
    scenarioTotals(lines, lv, horizon, revenue, profit);
    for (let t = 0; t < T; t++) {
      revAll[t * N + n] = revenue[t]!;
      profAll[t * N + n] = profit[t]!;
    }
  }
  const bands = (all: Float64Array): Bands => {
    const out: Bands = { p10: [], p50: [], p90: [] };
    for (let t = 0; t < T; t++) {
      const col = all.subarray(t * N, (t + 1) * N);
      const rank = (q: number) => Math.min(N - 1, Math.floor(q * (N - 1) + 0.5));
      // selection, not a full sort: each quantile in linear time (the ranks ascend, so each search starts where the last ended)
      out.p10.push(select(col, rank(0.1), 0));
      out.p50.push(select(col, rank(0.5), rank(0.1)));
      out.p90.push(select(col, rank(0.9), rank(0.5)));
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

export type TornadoRow = { lever: keyof Levers; label: string; low: number; high: number; revenueAtLow: number; revenueAtHigh: number; profitAtLow: number; profitAtHigh: number; revenueSwing: number; profitSwing: number };

/** Each ranged lever moved to its low and high end, the others held: cumulative revenue and profit, widest swing first. */
export function tornado(lines: readonly LineInput[], levers: Levers, ranges: Ranges, horizon: Horizon): TornadoRow[] {
  const T = horizon.periods.length;
  const rev = new Float64Array(T);
  const prof = new Float64Array(T);
  const cumulative = (lv: Levers) => {
    scenarioTotals(lines, lv, horizon, rev, prof);
    let a = 0;
    let b = 0;
    for (let t = 0; t < T; t++) { a += rev[t]!; b += prof[t]!; }
    return { revenue: a, profit: b };
  };
  const rows: TornadoRow[] = [];
  for (const [lever, g] of Object.entries(ranges) as [keyof Levers, LeverRange][]) {
    if (!g || g.max <= g.min) continue;
    const lo = cumulative({ ...levers, [lever]: g.min });
    const hi = cumulative({ ...levers, [lever]: g.max });
    rows.push({ lever, label: leverRanges[lever].label, low: g.min, high: g.max, revenueAtLow: lo.revenue, revenueAtHigh: hi.revenue, profitAtLow: lo.profit, profitAtHigh: hi.profit, revenueSwing: Math.abs(hi.revenue - lo.revenue), profitSwing: Math.abs(hi.profit - lo.profit) });
  }
  return rows.sort((a, b) => b.revenueSwing - a.revenueSwing || b.profitSwing - a.profitSwing);
}

/**
 * The smallest value of `lever` (between its range ends) at which scenario revenue in period `period` reaches
 * `target` (by bisection, assuming revenue rises with the lever); null when even the high end falls short.
 */
export function goalSeek(lines: readonly LineInput[], levers: Levers, horizon: Horizon, goal: { lever: keyof Levers; period: number; target: number; range: LeverRange }): number | null {
  const T = horizon.periods.length;
  const rev = new Float64Array(T);
  const prof = new Float64Array(T);
  const at = (v: number) => { scenarioTotals(lines, { ...levers, [goal.lever]: v }, horizon, rev, prof); return rev[goal.period]!; };
  if (at(goal.range.max) < goal.target) return null;
  if (at(goal.range.min) >= goal.target) return goal.range.min;
  let lo = goal.range.min;
  let hi = goal.range.max;
  for (let i = 0; i < 50 && hi - lo > 1e-6; i++) {
    const mid = (lo + hi) / 2;
    if (at(mid) >= goal.target) hi = mid; else lo = mid;
  }
  return hi;
}
