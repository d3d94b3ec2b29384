// The evaluation set is data in the repository: check it is what the generator builds from the shipped list,
// and that the screener keeps its precision and recall on it (a quality floor, not a timing).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readShippedList } from "../../lib/lists/shipped-list";
import { buildCandidateIndex } from "../../lib/screening/candidate-index";
import { toScreenable } from "../../lib/screening/from-listed";
import { screenOne } from "../../lib/screening/screen";
import { buildEvalSet, negativeKinds, toCsv } from "./eval-set";
import { equivalentKeys, evaluate, readEvalSet } from "./evaluate";

const list = readShippedList(path.resolve(import.meta.dirname, "../../data"));
const evalFile = path.join(import.meta.dirname, "eval-set.csv");

describe("screening evaluation set", () => {
  it("is what the generator builds from the shipped list (run bench/screening/make-eval-set.ts after changing either)", () => {
    expect(fs.readFileSync(evalFile, "utf8")).toBe(toCsv(buildEvalSet(list.entries)));
  }, 120_000);
  it("holds at least 300 variants of listed names and 100 near-miss negatives", () => {
    const rows = readEvalSet(evalFile);
    expect(rows.filter((r) => r.expectedEntryKey).length).toBeGreaterThanOrEqual(300);
    expect(
      rows.filter((r) => (negativeKinds as readonly string[]).includes(r.kind) && !r.expectedEntryKey).length,
    ).toBeGreaterThanOrEqual(100);
  });
  it("is screened with precision and recall of at least 0.98 at the default thresholds", () => {
    const ref = { id: "shipped", label: "shipped", publishedOn: list.publishedOn };
    const index = buildCandidateIndex(list.entries.map((e, i) => toScreenable(e, `e${i}`, "csl", ref)));
    const q = evaluate(readEvalSet(evalFile), equivalentKeys(list.entries), (row) =>
      screenOne(index, { name: row.query, country: row.country || null }).hits.map((h) => h.entryKey),
    );
    expect(q.precision).toBeGreaterThanOrEqual(0.98);
    expect(q.recall).toBeGreaterThanOrEqual(0.98);
  }, 120_000);
});
