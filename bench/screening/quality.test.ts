// The evaluation set is built in memory from the 2023 CSL snapshot in ../shared/reference (a copy of another
// repository's file, so neither it nor anything built from it is in the repository): check the screener keeps
// its precision and recall on it (a quality floor, not a timing). Skipped, saying so, when ../shared is absent.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readSnapshotList } from "../../lib/lists/shipped-list";
import { hasShared, sharedFile } from "../../lib/testing/shared-reference";
import { buildCandidateIndex } from "../../lib/screening/candidate-index";
import { toScreenable } from "../../lib/screening/from-listed";
import { screenOne } from "../../lib/screening/screen";
import { buildEvalSet, negativeKinds } from "./eval-set";
import { equivalentKeys, evaluate } from "./evaluate";

const snapshot = "csl/csl-snapshot-2023-11-subset.csv";
const present = hasShared("the screening evaluation set is built from the 2023 CSL snapshot", snapshot);

describe.skipIf(!present)("screening evaluation set", () => {
  // read in beforeAll: a skipped suite's body still runs to collect its tests
  let list: ReturnType<typeof readSnapshotList>;
  let rows: ReturnType<typeof buildEvalSet>;
  beforeAll(() => {
    list = readSnapshotList(sharedFile(snapshot), path.resolve(import.meta.dirname, "../../data"));
    rows = buildEvalSet(list.entries);
  }, 120_000);
  it("holds at least 300 variants of listed names and 100 near-miss negatives", () => {
    expect(rows.filter((r) => r.expectedEntryKey).length).toBeGreaterThanOrEqual(300);
    expect(
      rows.filter((r) => (negativeKinds as readonly string[]).includes(r.kind) && !r.expectedEntryKey).length,
    ).toBeGreaterThanOrEqual(100);
  });
  it("is screened with precision and recall of at least 0.98 at the default thresholds", () => {
    const ref = { id: "shipped", label: "shipped", publishedOn: list.publishedOn };
    const index = buildCandidateIndex(list.entries.map((e, i) => toScreenable(e, `e${i}`, "csl", ref)));
    const q = evaluate(rows, equivalentKeys(list.entries), (row) =>
      screenOne(index, { name: row.query, country: row.country || null }).hits.map((h) => h.entryKey),
    );
    expect(q.precision).toBeGreaterThanOrEqual(0.98);
    expect(q.recall).toBeGreaterThanOrEqual(0.98);
  }, 120_000);
});
