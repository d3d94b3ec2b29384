// Screening benchmark: quality on the public evaluation set (public-eval-set.csv, real names from public
// sources) and on the evaluation set (built in memory from the 2023 CSL snapshot in
// ../shared/reference, a copy of another repository's file that the repository never holds) against a plain whole-name Jaro-Winkler baseline, then speed on a 30,000-entry synthetic list:
// index build time, names per second on one core (as a ratio to naive all-pairs Jaro-Winkler measured in the
// same run, the two alternating), the fast path's recall against scoring every listed name, and single-search latency.
// Run on an otherwise idle machine: `npm run bench:screening`.
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { withKnownAliases, aliasScripts, type AliasScript } from "../lib/screening/known-aliases";
import { readSnapshotList } from "../lib/lists/shipped-list";
import { hasShared, sharedFile } from "../lib/testing/shared-reference";
import { buildCandidateIndex, type CandidateIndex } from "../lib/screening/candidate-index";
import { toScreenable } from "../lib/screening/from-listed";
import { jaroWinkler } from "../lib/screening/jaro-winkler";
import { prepareQuery } from "../lib/screening/query";
import { screenOne, screenPrepared } from "../lib/screening/screen";
import { defaultThresholds } from "../lib/screening/types";
import { buildEvalSet } from "./screening/eval-set";
import { equivalentKeys, evaluate, type Quality } from "./screening/evaluate";
import { evaluatePublic, readPublicEvalSet } from "./screening/public-eval";
import { syntheticEntries, syntheticParties } from "./screening/synthetic";
import { alternate, formatRatio, formatSpread, median, pairedRatio, runCount, target, timeMs } from "./lib";

const fixed = (n: number, d = 3) => n.toFixed(d);
const lines: string[] = [];

// --- quality -------------------------------------------------------------------------------------------
const snapshotFile = "csl/csl-snapshot-2023-11-subset.csv";
if (!hasShared("bench:screening", snapshotFile)) process.exit(0);
const shipped = readSnapshotList(sharedFile(snapshotFile), path.resolve(import.meta.dirname, "../data"));
const listRef = { id: "shipped", label: "2023 CSL snapshot", publishedOn: shipped.publishedOn };
const shippedIndex = buildCandidateIndex(shipped.entries.map((e, i) => toScreenable(e, `e${i}`, "csl", listRef)));
const rows = buildEvalSet(shipped.entries);
const equivalents = equivalentKeys(shipped.entries);
const bands: Record<string, number> = {};
const ours = evaluate(rows, equivalents, (row) => {
  const r = screenOne(shippedIndex, { name: row.query, country: row.country || null });
  if (row.expectedEntryKey) bands[r.status] = (bands[r.status] ?? 0) + 1;
  return r.hits.map((h) => h.entryKey);
});

// the baseline: whole-name Jaro-Winkler on lower-cased, punctuation-free names, best name per entry
const simple = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const baselineNames = shipped.entries.flatMap((e) =>
  [e.name, ...e.aliases.map((a) => a.name)].map((n) => ({ key: e.entryKey, text: simple(n) })),
);
const baselineBest = rows.map((row) => {
  const q = simple(row.query);
  const scores = new Map<string, number>();
  for (const n of baselineNames) {
    const s = jaroWinkler(q, n.text);
    if (s > (scores.get(n.key) ?? 0)) scores.set(n.key, s);
  }
  return scores;
});
const baselineAt = (threshold: number): Quality => {
  let i = 0;
  return evaluate(rows, equivalents, () => [...baselineBest[i++]!].filter(([, s]) => s >= threshold).map(([k]) => k));
};
const baselines = [0.85, 0.9, 0.95].map((t) => ({ t, q: baselineAt(t) }));
const f1 = (q: Quality) => (2 * q.precision * q.recall) / Math.max(1e-9, q.precision + q.recall);
const bestBaseline = baselines.reduce((a, b) => (f1(b.q) > f1(a.q) ? b : a));
const positives = rows.filter((r) => r.expectedEntryKey).length;
console.log(
  `evaluation set: ${rows.length} queries (${positives} variants of listed names, ${rows.length - positives} near-miss negatives), shipped list ${shipped.entries.length} entries`,
);
console.log(
  `  ours (match >= ${defaultThresholds.match}, review >= ${defaultThresholds.review}): precision ${fixed(ours.precision)} recall ${fixed(ours.recall)} (TP ${ours.truePositives}, FP ${ours.falsePositives}, FN ${ours.falseNegatives}); variants by status: ${JSON.stringify(bands)}`,
);
for (const k of Object.keys(ours.byKind).sort())
  console.log(`    ${k.padEnd(20)} ${ours.byKind[k]!.right}/${ours.byKind[k]!.rows}`);
for (const { t, q } of baselines)
  console.log(
    `  baseline whole-name Jaro-Winkler >= ${t}: precision ${fixed(q.precision)} recall ${fixed(q.recall)} (FP ${q.falsePositives}, FN ${q.falseNegatives})`,
  );
for (const m of ours.misses) console.log(`  missed: [${m.kind}] ${m.query} -> ${m.expectedName}`);
for (const m of ours.falseAlarms) console.log(`  false alarm: [${m.kind}] ${m.query}`);
lines.push(target("screening-precision", fixed(ours.precision), ">= 0.99", ours.precision >= 0.99));
lines.push(target("screening-recall", fixed(ours.recall), ">= 0.99", ours.recall >= 0.99));

// the second set (issue 17): real variants and real unlisted look-alikes from public sources, a source per row
const publicRows = readPublicEvalSet(path.resolve(import.meta.dirname, "screening/public-eval-set.csv"));
const pub = evaluatePublic(shippedIndex, publicRows);
const nonLatin = publicRows.filter((r) => r.script !== "Latn").length;
const checked = publicRows.filter((r) => r.sourceChecked === "search").length;
console.log(
  `public evaluation set: ${pub.rows} rows (${pub.positives} real variants, ${pub.rows - pub.positives} real unlisted look-alikes; ${nonLatin} in Chinese characters; ${checked} sources read in the session that wrote them, the rest cited from memory)${pub.rows < 300 ? `: under the 300 rows issue 17 asks for` : ""}`,
);
console.log(
  `  alerts (match or review): recall ${fixed(pub.alertRecall)} precision ${fixed(pub.alertPrecision)}; match precision ${fixed(pub.matchPrecision)} over ${pub.matchRows} rows with a match`,
);
for (const k of Object.keys(pub.byKind).sort())
  console.log(`    ${k.padEnd(22)} ${pub.byKind[k]!.right}/${pub.byKind[k]!.rows}`);
for (const m of pub.misses) console.log(`  missed: [${m.kind}] ${m.query} -> ${m.expectedNames[0]}`);
for (const f of pub.falseAlerts) console.log(`  false alert: [${f.row.kind}] ${f.row.query}: ${f.alerted.join("; ")}`);
for (const w of pub.wrongMatches)
  console.log(`  match not the expected entry: ${w.row.query}: ${w.matched.join("; ")}`);
// the same set with the team's alias file loaded, as a fresh clone screens (data/reference/known-aliases-cn.csv,
// registered Chinese names with a source each; some of its names are also in the set, so the figure above, on the
// list alone, is the engine's own capability, and this one what a user gets with the shipped data)
const aliasFile = Papa.parse<Record<string, string>>(
  fs.readFileSync(path.resolve(import.meta.dirname, "../data/reference/known-aliases-cn.csv"), "utf8"),
  { header: true, skipEmptyLines: true },
).data;
const known = aliasFile.map((r) => ({
  listedName: r.listed_entry ?? "",
  alias: r.alias ?? "",
  script: ((aliasScripts as readonly string[]).includes(r.script ?? "") ? r.script : "other") as AliasScript,
  source: r.source ?? "",
}));
const aliasIndex = buildCandidateIndex(
  withKnownAliases(
    shipped.entries.map((e, i) => toScreenable(e, `e${i}`, "csl", listRef)),
    known,
  ),
);
const pubAliases = evaluatePublic(aliasIndex, publicRows);
console.log(
  `  with the shipped alias file (${known.length} known aliases): alert recall ${fixed(pubAliases.alertRecall)} precision ${fixed(pubAliases.alertPrecision)}; match precision ${fixed(pubAliases.matchPrecision)} over ${pubAliases.matchRows} rows with a match`,
);
lines.push(target("public-set-size", `${pub.rows} rows`, ">= 300 rows", pub.rows >= 300));
lines.push(target("public-alert-recall", fixed(pub.alertRecall), ">= 0.95", pub.alertRecall >= 0.95));
lines.push(target("public-alert-precision", fixed(pub.alertPrecision), ">= 0.95", pub.alertPrecision >= 0.95));
lines.push(target("public-match-precision", fixed(pub.matchPrecision), ">= 0.99", pub.matchPrecision >= 0.99));
lines.push(
  target(
    "above-baseline",
    `precision ${fixed(ours.precision)} vs ${fixed(bestBaseline.q.precision)}, recall ${fixed(ours.recall)} vs ${fixed(bestBaseline.q.recall)} (baseline JW >= ${bestBaseline.t}, its best F1)`,
    "both higher than the baseline",
    ours.precision > bestBaseline.q.precision && ours.recall > bestBaseline.q.recall,
  ),
);

// --- speed ---------------------------------------------------------------------------------------------
const entries = syntheticEntries(30_000);
const builds: number[] = [];
let index: CandidateIndex | null = null;
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  index = buildCandidateIndex(entries);
  builds.push(performance.now() - t0);
}
const idx = index!;
const parties = syntheticParties(entries, 100_000);
console.log(
  `synthetic list: ${entries.length} entries, ${idx.nameTokens.length} names, ${idx.tokens.length} distinct words; ${parties.length} party names`,
);

// raw baseline: naive all-pairs whole-name Jaro-Winkler, the method public tools document. It alternates with
// our screening (lib.ts alternate), each run on its own slice of the party names, so every throughput ratio
// pairs two runs that met the same machine; the target is judged on the medians.
const allNames = entries.flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)].map(simple));
const pairs = runCount();
const NAIVE_PER_RUN = 20;
const perRun = Math.floor(parties.length / pairs);
let sink = 0;
let flagged = 0;
const namesPerSecond = (names: number, ms: number) => names / (ms / 1000);
const throughput = await alternate(
  pairs,
  (run) => {
    const sample = parties.slice(run * NAIVE_PER_RUN, (run + 1) * NAIVE_PER_RUN).map(simple);
    return namesPerSecond(
      sample.length,
      timeMs(() => {
        for (const q of sample) for (const n of allNames) sink += jaroWinkler(q, n);
      }),
    );
  },
  (run) => {
    const slice = parties.slice(run * perRun, (run + 1) * perRun);
    return namesPerSecond(
      slice.length,
      timeMs(() => {
        for (const p of slice) if (screenOne(idx, { name: p }).status !== "clear") flagged++;
      }),
    );
  },
);
const speedup = pairedRatio(throughput.baseline, throughput.subject);
const perSecond = speedup.subject.median;
const naivePerSecond = speedup.baseline.median;
const rate = (d: number) => (x: number) => x.toFixed(d);
console.log(
  `  screened ${(perRun * pairs).toLocaleString("en-US")} names in ${pairs} runs of ${perRun.toLocaleString("en-US")} on one core: ${formatSpread(speedup.subject, rate(0))} names/s (${flagged} flagged); naive all-pairs JW (${NAIVE_PER_RUN} names a run, alternating): ${formatSpread(speedup.baseline, rate(1))} names/s; ours ${formatRatio(speedup, 0)} naive (checksum ${Math.round(sink) % 10})`,
);

// fast path vs exhaustive: every (name, entry) pair the exhaustive pass bands match or review
const sample = parties.filter((_, i) => i % 50 === 0).slice(0, 2000);
let reference = 0;
let found = 0;
const latencies: number[] = [];
for (const name of sample) {
  const query = prepareQuery(idx, name);
  const exhaustive = screenPrepared(idx, query, { name }, { exhaustive: true, limit: 1000 }).filter(
    (h) => h.band !== "related",
  );
  const t0 = performance.now();
  const fast = screenOne(idx, { name }, { limit: 1000 });
  latencies.push(performance.now() - t0);
  const fastKeys = new Set(fast.hits.filter((h) => h.band !== "related").map((h) => h.entryKey));
  reference += exhaustive.length;
  found += exhaustive.filter((h) => fastKeys.has(h.entryKey)).length;
}
const fastRecall = reference ? found / reference : 1;
const p99 = [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length * 0.99)]!;
console.log(
  `  fast path vs exhaustive on ${sample.length} names: ${found}/${reference} match-or-review pairs found; single search median ${fixed(median(latencies), 2)} ms, p99 ${fixed(p99, 2)} ms, max ${fixed(Math.max(...latencies), 2)} ms`,
);
console.log(`  index build: ${builds.map((b) => Math.round(b)).join(", ")} ms`);

lines.push(
  target(
    "screening-throughput",
    `median ${Math.round(perSecond)} names/s on one core = ${formatRatio(speedup, 0)} naive all-pairs JW (median ${fixed(naivePerSecond, 1)}/s)`,
    "median >= 5000 names/s",
    perSecond >= 5000,
  ),
);
lines.push(target("fast-path-recall", fixed(fastRecall, 4), ">= 0.995", fastRecall >= 0.995));
lines.push(
  target(
    "index-build",
    `${fixed(median(builds) / 1000, 2)} s for ${idx.nameTokens.length} names`,
    "< 2 s",
    median(builds) < 2000,
  ),
);
lines.push(target("single-search", `p99 ${fixed(p99, 2)} ms`, "< 50 ms", p99 < 50));
console.log(lines.join("\n"));
