// Licence determination benchmark: 1,000,000 BOM lines for one buyer and destination, next to a baseline
// measured in the same run: a plain loop that only looks each line's ECCN up in a Map (the lookup no
// determination can avoid). Target: the rules within 5x of that baseline.
import { determineLines, summarise } from "../lib/rules/determine";
import type { CheckContext, LineFacts } from "../lib/rules/types";
import { median, prng, target } from "./lib";

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

const baselineRuns: number[] = [];
const ruleRuns: number[] = [];
let sink = 0;
for (let run = 0; run < 3; run++) {
  let t = performance.now();
  for (const l of lines) if (catalogue.get(l.mpn!) === "3A090.a") sink++;
  baselineRuns.push(performance.now() - t);
  t = performance.now();
  const results = determineLines(lines, ctx);
  const s = summarise(lines, results);
  sink += s.byStatus.blocked;
  ruleRuns.push(performance.now() - t);
}
const base = median(baselineRuns);
const rules = median(ruleRuns);
const ratio = rules / base;
console.log(
  `${LINES.toLocaleString("en-US")} lines: Map lookup ${base.toFixed(0)} ms; determination ${rules.toFixed(0)} ms (${Math.round(LINES / (rules / 1000)).toLocaleString("en-US")} lines/s) (checksum ${sink % 7})`,
);
console.log(
  target(
    "determination-vs-lookup",
    `${ratio.toFixed(1)}x (${Math.round(LINES / (rules / 1000)).toLocaleString("en-US")} lines/s)`,
    "<= 5x",
    ratio <= 5,
  ),
);
