// What a listing does to revenue and gross profit, period by period: pure, deterministic, in integer minor
// units (every amount is rounded to a whole minor unit where it is computed, so sums are exact integers).
//
// Per hardware line, from the listing period on: the exposed share of its revenue (blocked lines fully, licence-
// required lines unless a licence is approved) is lost in proportion to `lossShare`; after `substitutionMonths`
// a share of the loss is recovered with non-US parts at a cost premium; of what stays lost, `conversionShare`
// of the customers buy software instead, at `softwarePriceRatio` of the hardware price, ramping up over
// `conversionRampMonths`, at `softwareMargin`. Hardware growth after the shock follows `growthAfterShockBp`.
// Software and services lines keep their baseline; converted software is reported as its own line.
import { roundHalfUp } from "./round";

export type Segment = "hardware" | "software" | "services";

export type LineInput = {
  id: string;
  name: string;
  segment: Segment;
  /** the last actual period's revenue and cost, minor units */
  revenueMinor: number;
  costMinor: number;
  /** baseline growth per period, basis points */
  growthBp: number;
  /** share of revenue on blocked components, and on licence-required ones, basis points */
  blockedBp: number;
  licenceBp: number;
  /** where the exposure came from: a BOM determination, or an assumption */
  exposureSource: string;
};

export type Levers = {
  /**
   * index of the first horizon period the listing affects: negative when the listing came before the horizon (in or
   * before the base year; substitution and conversion then count their months from it), the horizon's length when
   * it comes after the last period
   */
  listingPeriod: number;
  lossShare: number;
  substitutionMonths: number;
  substitutionRecovery: number;
  substitutionCostPremium: number;
  conversionShare: number;
  softwarePriceRatio: number;
  conversionRampMonths: number;
  softwareMargin: number;
  licenceApproval: number;
  /** hardware growth per period after the shock, basis points */
  growthAfterShockBp: number;
  /** licence conditions: the share of licensed volume a licence allows (1 = no cap) */
  licenceVolumeCap: number;
  /** a fee or tariff on licensed sales, as a share of their price (a cost: it lowers gross profit, not revenue) */
  licenceFeeShare: number;
  /** months from the listing before approved shipments flow (until then licence-required revenue is exposed too) */
  licenceLeadMonths: number;
};

export type Horizon = { periods: string[]; monthsPerPeriod: number };

export type LineSeries = {
  id: string;
  name: string;
  segment: Segment;
  baselineRevenue: number[];
  scenarioRevenue: number[];
  baselineProfit: number[];
  scenarioProfit: number[];
};
export type Bridge = { baseline: number; lost: number; recovered: number; converted: number; scenario: number };
export type Projection = { periods: string[]; lines: LineSeries[]; bridge: Bridge };

const r = roundHalfUp;

/** One period of one line: baseline revenue and cost; scenario revenue and cost; converted software revenue and cost; the bridge's parts. */
export type PeriodValues = {
  baseline: number;
  baseCost: number;
  revenue: number;
  cost: number;
  software: number;
  softwareCost: number;
  lost: number;
  recovered: number;
};

/** A period's values before any line adds to them. */
export function zeroPeriodValues(): PeriodValues {
  return { baseline: 0, baseCost: 0, revenue: 0, cost: 0, software: 0, softwareCost: 0, lost: 0, recovered: 0 };
}

/** Walks one line through the horizon, handing each period's values to `visit`. */
export function simulateLine(
  line: LineInput,
  lv: Levers,
  horizon: Horizon,
  visit: (t: number, v: PeriodValues) => void,
): void {
  const costRatio = line.revenueMinor ? line.costMinor / line.revenueMinor : 0;
  const growth = 1 + line.growthBp / 10_000;
  const shockGrowth = 1 + lv.growthAfterShockBp / 10_000;
  const { listingPeriod } = lv;
  const hardware = line.segment === "hardware";
  const monthsPerPeriod = horizon.monthsPerPeriod;
  const v = zeroPeriodValues();
  let baseline = line.revenueMinor;
  let afterShock = 1;
  for (let t = 0; t < horizon.periods.length; t++) {
    baseline = r(baseline * growth);
    v.baseline = baseline;
    v.baseCost = r(baseline * costRatio);
    if (!hardware || t < listingPeriod) {
      v.revenue = baseline;
      v.cost = v.baseCost;
      v.software = v.softwareCost = v.lost = v.recovered = 0;
      visit(t, v);
      continue;
    }
    if (t > listingPeriod) afterShock *= shockGrowth / growth;
    shockedPeriod(
      lv,
      costRatio,
      line.blockedBp,
      line.licenceBp,
      baseline,
      afterShock,
      (t - listingPeriod + 1) * monthsPerPeriod,
      v,
    );
    visit(t, v);
  }
}

/**
 * One hardware period `months` into the listing, its baseline grown by `afterShock`: scenario revenue and cost,
 * converted software and its cost, and the bridge's parts, written into `v` (baseline and baseCost left as they are).
 * Shared by project() and fillTotals (fast-totals.ts), the Monte Carlo's hot path, so the two cannot drift apart;
 * TurboFan inlines it there.
 */
export function shockedPeriod(
  lv: Levers,
  costRatio: number,
  blockedBp: number,
  licenceBp: number,
  baseline: number,
  afterShock: number,
  months: number,
  v: PeriodValues,
): void {
  // licence conditions: approved licences let shipments flow only after the lead time, and only up to the volume cap;
  // with no cap and no lead time this is the plain (blocked + licence-required x (1 - approval)) share
  const flow = months > lv.licenceLeadMonths ? lv.licenceVolumeCap : 0;
  const exposedShare = (blockedBp + licenceBp * (1 - lv.licenceApproval * flow)) / 10_000;
  const grown = r(baseline * afterShock);
  const lost = r(grown * exposedShare * lv.lossShare);
  const fee =
    lv.licenceFeeShare > 0 ? r(((grown * licenceBp * lv.licenceApproval * flow) / 10_000) * lv.licenceFeeShare) : 0;
  const recovered = months > lv.substitutionMonths ? r(lost * lv.substitutionRecovery) : 0;
  const ramp = lv.conversionRampMonths > 0 ? Math.min(1, months / lv.conversionRampMonths) : 1;
  const software = r((lost - recovered) * lv.conversionShare * lv.softwarePriceRatio * ramp);
  v.revenue = grown - lost + recovered;
  v.cost = r((grown - lost) * costRatio) + r(recovered * costRatio * (1 + lv.substitutionCostPremium)) + fee;
  v.software = software;
  v.softwareCost = r(software * (1 - lv.softwareMargin));
  v.lost = baseline - grown + lost;
  v.recovered = recovered;
}

/** Revenue and gross profit of every line, baseline and scenario, per period, plus the converted software line. */
export function project(lines: readonly LineInput[], levers: Levers, horizon: Horizon): Projection {
  const T = horizon.periods.length;
  const converted: LineSeries = {
    id: "converted-software",
    name: "Software sold instead of hardware",
    segment: "software",
    baselineRevenue: Array<number>(T).fill(0),
    scenarioRevenue: Array<number>(T).fill(0),
    baselineProfit: Array<number>(T).fill(0),
    scenarioProfit: Array<number>(T).fill(0),
  };
  const bridge: Bridge = { baseline: 0, lost: 0, recovered: 0, converted: 0, scenario: 0 };
  const out = lines.map((line) => {
    const s: LineSeries = {
      id: line.id,
      name: line.name,
      segment: line.segment,
      baselineRevenue: [],
      scenarioRevenue: [],
      baselineProfit: [],
      scenarioProfit: [],
    };
    simulateLine(line, levers, horizon, (t, v) => {
      s.baselineRevenue.push(v.baseline);
      s.baselineProfit.push(v.baseline - v.baseCost);
      s.scenarioRevenue.push(v.revenue);
      s.scenarioProfit.push(v.revenue - v.cost);
      converted.scenarioRevenue[t]! += v.software;
      converted.scenarioProfit[t]! += v.software - v.softwareCost;
      bridge.baseline += v.baseline;
      bridge.lost += v.lost;
      bridge.recovered += v.recovered;
      bridge.converted += v.software;
      bridge.scenario += v.revenue + v.software;
    });
    return s;
  });
  return { periods: horizon.periods, lines: [...out, converted], bridge };
}

/** Totals across lines per period: [baselineRevenue, scenarioRevenue, baselineProfit, scenarioProfit]. */
export function totals(p: Projection): {
  baselineRevenue: number[];
  scenarioRevenue: number[];
  baselineProfit: number[];
  scenarioProfit: number[];
} {
  const T = p.periods.length;
  const sum = (key: keyof Omit<LineSeries, "id" | "name" | "segment">) =>
    Array.from({ length: T }, (_, t) => p.lines.reduce((a, l) => a + l[key][t]!, 0));
  return {
    baselineRevenue: sum("baselineRevenue"),
    scenarioRevenue: sum("scenarioRevenue"),
    baselineProfit: sum("baselineProfit"),
    scenarioProfit: sum("scenarioProfit"),
  };
}

export const leverRanges: Record<keyof Levers, { min: number; max: number; label: string }> = {
  listingPeriod: { min: -10, max: 1000, label: "listing period" },
  lossShare: { min: 0, max: 1, label: "share of exposed hardware revenue lost" },
  substitutionMonths: { min: 0, max: 120, label: "months to substitute" },
  substitutionRecovery: { min: 0, max: 1, label: "share recovered by substitution" },
  substitutionCostPremium: { min: 0, max: 2, label: "unit cost premium of substitutes" },
  conversionShare: { min: 0, max: 1, label: "share of lost customers who buy software" },
  softwarePriceRatio: { min: 0, max: 5, label: "software price relative to the hardware sale" },
  conversionRampMonths: { min: 0, max: 120, label: "months for software to ramp up" },
  softwareMargin: { min: 0, max: 1, label: "software gross margin" },
  licenceApproval: { min: 0, max: 1, label: "licence approval probability" },
  growthAfterShockBp: { min: -10_000, max: 10_000, label: "hardware growth after the shock (bp per period)" },
  licenceVolumeCap: { min: 0, max: 1, label: "share of licensed volume a licence allows" },
  licenceFeeShare: { min: 0, max: 1, label: "fee on licensed sales (share of price)" },
  licenceLeadMonths: { min: 0, max: 60, label: "months before approved licences let shipments flow" },
};

/** Every lever checked against its allowed range (and the listing period against the horizon): problems, or none. */
export function leverProblems(levers: Levers, horizon: Horizon): string[] {
  const problems: string[] = [];
  for (const [key, range] of Object.entries(leverRanges) as [keyof Levers, (typeof leverRanges)[keyof Levers]][]) {
    const v = levers[key];
    const max = key === "listingPeriod" ? horizon.periods.length : range.max;
    if (typeof v !== "number" || !Number.isFinite(v) || v < range.min || v > max)
      problems.push(`${key} (${range.label}): ${String(v)} is outside ${range.min} to ${max}`);
  }
  if (!Number.isInteger(levers.listingPeriod))
    problems.push(`listingPeriod: ${levers.listingPeriod} must be a whole period index`);
  return problems;
}
