// The public evaluation set (issue 17): its rows are well formed and sourced, every expected name is on the
// list, and the screener keeps the quality it reached when the set was written (a floor, not the targets:
// bench:screening prints those). The list part needs the 2023 CSL snapshot in ../shared/reference.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readSnapshotList } from "../../lib/lists/shipped-list";
import { hasShared, sharedFile } from "../../lib/testing/shared-reference";
import { buildCandidateIndex, type CandidateIndex } from "../../lib/screening/candidate-index";
import { toScreenable } from "../../lib/screening/from-listed";
import { evaluatePublic, readPublicEvalSet } from "./public-eval";

const rows = readPublicEvalSet(path.resolve(import.meta.dirname, "public-eval-set.csv"));

describe("public evaluation set", () => {
  it("has a source, a script and a kind on every row, and no query twice", () => {
    expect(rows.length).toBe(343);
    for (const r of rows) {
      expect(r.source, `row ${r.id}`).toMatch(/^https?:\/\//);
      expect(["search", "recalled"]).toContain(r.sourceChecked);
      expect(["Latn", "Hans", "Hant", "Hang", "Cyrl", "Arab", "Kana"]).toContain(r.script);
      expect(r.kind).not.toBe("");
    }
    expect(new Set(rows.map((r) => r.query)).size).toBe(rows.length);
    expect(rows.filter((r) => r.kind === "hard-negative").every((r) => r.expectedNames.length === 0)).toBe(true);
    expect(rows.filter((r) => r.kind !== "hard-negative").every((r) => r.expectedNames.length > 0)).toBe(true);
  });

  const snapshot = "csl/csl-snapshot-2023-11-subset.csv";
  const present = hasShared("the public evaluation set is screened against the 2023 CSL snapshot", snapshot);
  describe.skipIf(!present)("screened against the 2023 snapshot", () => {
    let index: CandidateIndex;
    beforeAll(() => {
      const list = readSnapshotList(sharedFile(snapshot), path.resolve(import.meta.dirname, "../../data"));
      const ref = { id: "s", label: "s", publishedOn: list.publishedOn };
      index = buildCandidateIndex(list.entries.map((e, i) => toScreenable(e, `e${i}`, "csl", ref)));
    }, 120_000);
    it("keeps alert precision at least 0.95, match precision at least 0.95 and alert recall at least 0.58", () => {
      const q = evaluatePublic(index, rows);
      // Floors, not targets: measured 0.963 alert precision, 0.959 match precision and 0.585 alert recall on 343
      // rows. Two look-alikes raise a review (National Sun Yat-sen University, Taiwan, against the listed Sun Yat-Sen
      // University; Novatek Microelectronics against the listed NOVATEK), most Korean, Persian and Japanese rows are
      // still missed, and a bare "Сбербанк" matches Sberbank subsidiaries (rows 276-277).
      expect(q.alertPrecision).toBeGreaterThanOrEqual(0.95);
      expect(q.matchPrecision).toBeGreaterThanOrEqual(0.95);
      expect(q.alertRecall).toBeGreaterThanOrEqual(0.58);
      // the institutions the glossary translates are found (short names such as 北航, 成电 are not yet)
      expect(q.byKind["zh-institution"]).toEqual({ rows: 32, right: 23 });
      expect(q.byKind["spelling-variant"]).toEqual({ rows: 3, right: 3 });
    }, 120_000);
  });
});
