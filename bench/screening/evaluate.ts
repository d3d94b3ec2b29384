// Precision and recall of a screener on the evaluation set. A positive query is found when a hit (any band)
// names its listed entry or an entry listed under the same name; any hit on a negative is a false positive.
import fs from "node:fs";
import Papa from "papaparse";
import type { ListedEntryInput } from "../../lib/lists/csl";
import { normaliseName } from "../../lib/screening/normalise";
import type { EvalRow } from "./eval-set";

export function readEvalSet(file: string): EvalRow[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((r) => ({
    id: Number(r.id),
    kind: r.kind!,
    query: r.query!,
    country: r.country ?? "",
    expectedEntryKey: r.expected_entry_key ?? "",
    expectedName: r.expected_name ?? "",
  }));
}

/** Entry keys that count as the right answer for each listed entry: entries sharing one of its names. */
export function equivalentKeys(entries: readonly ListedEntryInput[]): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  const namesOf = (e: ListedEntryInput) =>
    [e.name, ...e.aliases.map((a) => a.name)].map((n) => normaliseName(n).joined).filter(Boolean);
  for (const e of entries)
    for (const n of namesOf(e)) (byName.get(n) ?? byName.set(n, new Set()).get(n)!).add(e.entryKey);
  const out = new Map<string, Set<string>>();
  for (const e of entries) {
    const keys = new Set([e.entryKey]);
    for (const n of namesOf(e)) for (const k of byName.get(n) ?? []) keys.add(k);
    out.set(e.entryKey, keys);
  }
  return out;
}

export type Screener = (row: EvalRow) => string[];
export type Quality = {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  byKind: Record<string, { rows: number; right: number }>;
  misses: EvalRow[];
  falseAlarms: EvalRow[];
};

/** `screen` returns the entry keys flagged for a row (empty = clear). */
export function evaluate(rows: readonly EvalRow[], equivalents: Map<string, Set<string>>, screen: Screener): Quality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byKind: Quality["byKind"] = {};
  const misses: EvalRow[] = [];
  const falseAlarms: EvalRow[] = [];
  for (const row of rows) {
    const flagged = screen(row);
    const k = (byKind[row.kind] ??= { rows: 0, right: 0 });
    k.rows++;
    if (row.expectedEntryKey) {
      const right = equivalents.get(row.expectedEntryKey) ?? new Set([row.expectedEntryKey]);
      if (flagged.some((key) => right.has(key))) {
        tp++;
        k.right++;
      } else {
        fn++;
        misses.push(row);
        if (flagged.length) fp++;
      }
    } else if (flagged.length) {
      fp++;
      falseAlarms.push(row);
    } else k.right++;
  }
  return {
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    byKind,
    misses,
    falseAlarms,
  };
}
