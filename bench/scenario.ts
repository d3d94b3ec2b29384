// Scenario maths benchmark: 10,000 Monte Carlo paths over 20 product lines and 20 quarters, beside a
// baseline of 10,000 plain deterministic projections (the same arithmetic, no sampling or bands) in the
// same run. Target: the full run in under 250 ms on one core.
import type { Levers, LineInput } from "../lib/scenarios/model";
import { monteCarlo, scenarioTotals } from "../lib/scenarios/uncertainty";
import { median, target } from "./lib";

const PATHS = 10_000;
const periods = Array.from({ length: 20 }, (_, i) => `${2025 + Math.floor(i / 4)}-Q${(i % 4) + 1}`);
const horizon = { periods, monthsPerPeriod: 3 };
const lines: LineInput[] = Array.from({ length: 20 }, (_, i) => ({
  id: `l${i}`,
  name: `Line ${i}`,
  segment: i % 3 === 0 ? "software" : i % 5 === 0 ? "services" : "hardware",
  revenueMinor: 50_000_000 + i * 1_000_000,
  costMinor: 30_000_000 + i * 500_000,
  growthBp: 100 + i * 10,
  blockedBp: 3000 + i * 100,
  licenceBp: 1000,
  exposureSource: "synthetic",
}));
const levers: Levers = {
  listingPeriod: 2,
  lossShare: 0.8,
  substitutionMonths: 12,
  substitutionRecovery: 0.3,
  substitutionCostPremium: 0.2,
  conversionShare: 0.4,
  softwarePriceRatio: 0.6,
  conversionRampMonths: 9,
  softwareMargin: 0.75,
  licenceApproval: 0.2,
  growthAfterShockBp: 50,
};
const ranges = {
  lossShare: { min: 0.5, max: 1 },
  conversionShare: { min: 0.1, max: 0.7 },
  substitutionRecovery: { min: 0, max: 0.6 },
  licenceApproval: { min: 0, max: 0.5 },
  softwarePriceRatio: { min: 0.4, max: 0.9 },
};

const base: number[] = [];
const mc: number[] = [];
const rev = new Float64Array(periods.length);
const prof = new Float64Array(periods.length);
let sink = 0;
for (let run = 0; run < 5; run++) {
  let t = performance.now();
  for (let n = 0; n < PATHS; n++) {
    scenarioTotals(lines, levers, horizon, rev, prof);
    sink += rev[19]!;
  }
  base.push(performance.now() - t);
  t = performance.now();
  const bands = monteCarlo(lines, levers, ranges, horizon, { paths: PATHS, seed: run + 1 });
  sink += bands.revenue.p50[19]!;
  mc.push(performance.now() - t);
}
const b = median(base);
const m = median(mc);
console.log(
  `${PATHS.toLocaleString("en-US")} paths x 20 lines x 20 quarters: Monte Carlo ${m.toFixed(0)} ms (${Math.round(PATHS / (m / 1000)).toLocaleString("en-US")} paths/s); deterministic projections ${b.toFixed(0)} ms; ratio ${(m / b).toFixed(2)}x (checksum ${sink % 7})`,
);
console.log(
  target(
    "scenario-monte-carlo",
    `${m.toFixed(0)} ms for 10,000 paths = ${(m / b).toFixed(2)}x the deterministic baseline`,
    "< 250 ms",
    m < 250,
  ),
);
