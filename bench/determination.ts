// Licence determination benchmark: 1,000,000 BOM lines for one buyer and destination, next to a baseline
// measured in the same run: a plain loop that only looks each line's ECCN up in a Map (the lookup no
// determination can avoid), the two alternating. Target: the median ratio within 5x of that baseline.
import { determineLines, summarise } from "../lib/rules/determine";
import type { CheckContext, LineFacts } from "../lib/rules/types";
import { alternate, formatSpread, pairedRatio, prng, ratioTarget, runCount, timeMs } from "./lib";

const LINES = Number(process.env.BENCH_DETERMINATION_LINES ?? 1_000_000);
const rand = prng(7);
const eccns = ["EAR99", "EAR99", "EAR99", "5A992.c", "3A991", "3A090.a", "4A090.a", "5A002.a", null];
const origins = [null, "US", "TW", "KR", "CN", "DE"];
const mpns = Array.from({ length: 5000 }, (_, i) => `MPN-${i}`);
const catalogue = new Map(mpns.map((m, i) => [m, eccns[i % eccns.length] ?? null]));
const lines: LineFacts[] = Array.from({ length: LINES }, (_, i) => {
  const mpn = mpns[Math.floor(rand() * mpns.length)]!;
  return {
    lineNo: i + 1,
    manufacturer: "Maker",
    mpn,
    description: null,
    quantity: 1 + (i % 50),
    valueMinor: 1000 + (i % 997),
    currency: "USD",
    eccn: catalogue.get(mpn) ?? null,
    eccnSource: "catalogue",
    catalogueMatch: null,
    countryOfOrigin: origins[i % origins.length]!,
    usContentPct: i % 3 ? null : 15,
  };
});
// an unlisted buyer headquartered in China, shipping to China: the advanced-computing and CCL rules all run
const ctx: CheckContext = {
  asOf: "2024-06-01",
  destination: "CN",
  shipFrom: "TW",
  buyer: { name: "Buyer", hqCountry: "CN", listings: [] },
  licences: [],
};

let sink = 0;
// baseline and rules alternate (lib.ts alternate), so each ratio compares two runs that met the same machine
const runs = await alternate(
  runCount(),
  () =>
    timeMs(() => {
      for (const l of lines) if (catalogue.get(l.mpn!) === "3A090.a") sink++;
    }),
  () =>
    timeMs(() => {
      const results = determineLines(lines, ctx);
      sink += summarise(lines, results).byStatus.blocked;
    }),
);
const ratio = pairedRatio(runs.baseline, runs.subject);
const ms = (x: number) => `${x.toFixed(0)} ms`;
const linesPerSecond = Math.round(LINES / (ratio.subject.median / 1000)).toLocaleString("en-US");
console.log(
  `${LINES.toLocaleString("en-US")} lines: Map lookup ${formatSpread(ratio.baseline, ms)}; determination ${formatSpread(ratio.subject, ms)} (${linesPerSecond} lines/s at the median) (checksum ${sink % 7})`,
);
console.log(ratioTarget("determination-vs-lookup", ratio, { max: 5 }, 1));
