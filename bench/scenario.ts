// Scenario maths benchmark: 10,000 Monte Carlo paths over 20 product lines and 20 quarters, beside a
// baseline of 10,000 plain deterministic projections (the same arithmetic, no sampling or bands) in the
// same run, alternating with it. Target: the median full run in under 250 ms on one core.
import type { Levers, LineInput } from "../lib/scenarios/model";
import { typicalShock } from "../lib/testing/scenario-examples";
import { monteCarlo, scenarioTotals } from "../lib/scenarios/uncertainty";
import { alternate, formatRatio, formatSpread, pairedRatio, runCount, target, timeMs } from "./lib";

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
const levers: Levers = { ...typicalShock, listingPeriod: 2 };
const ranges = {
  lossShare: { min: 0.5, max: 1 },
  conversionShare: { min: 0.1, max: 0.7 },
  substitutionRecovery: { min: 0, max: 0.6 },
  licenceApproval: { min: 0, max: 0.5 },
  softwarePriceRatio: { min: 0.4, max: 0.9 },
};

const rev = new Float64Array(periods.length);
const prof = new Float64Array(periods.length);
let sink = 0;
// projections and Monte Carlo alternate (lib.ts alternate): the ratio is the median of per-pair ratios
const runs = await alternate(
  runCount(process.env.BENCH_RUNS, 5),
  () =>
    timeMs(() => {
      for (let n = 0; n < PATHS; n++) {
        scenarioTotals(lines, levers, horizon, rev, prof);
        sink += rev[19]!;
      }
    }),
  (run) =>
    timeMs(() => {
      const bands = monteCarlo(lines, levers, ranges, horizon, { paths: PATHS, seed: run + 1 });
      sink += bands.revenue.p50[19]!;
    }),
);
const ratio = pairedRatio(runs.baseline, runs.subject);
const m = ratio.subject.median;
const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(
  `${PATHS.toLocaleString("en-US")} paths x 20 lines x 20 quarters: Monte Carlo ${formatSpread(ratio.subject, ms)} (${Math.round(PATHS / (m / 1000)).toLocaleString("en-US")} paths/s at the median); deterministic projections ${formatSpread(ratio.baseline, ms)}; ratio ${formatRatio(ratio)} (checksum ${sink % 7})`,
);
console.log(
  target(
    "scenario-monte-carlo",
    `median ${formatSpread(ratio.subject, ms)} for 10,000 paths = ${formatRatio(ratio)} the deterministic baseline`,
    "median < 250 ms",
    m < 250,
  ),
);
