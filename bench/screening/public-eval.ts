// The second evaluation set (bench/screening/public-eval-set.csv, issue 17): real name variants and real
// unlisted look-alikes written by the team from public sources, one source per row, never generated from the
// list's own names. Scored by alerts (a match or review hit), as an officer sees them: a variant is found when an
// alert names one of its expected listed names; a look-alike is a false alert when anything alerts.
import fs from "node:fs";
import Papa from "papaparse";
import type { CandidateIndex } from "../../lib/screening/candidate-index";
import { normaliseName } from "../../lib/screening/normalise";
import { screenOne } from "../../lib/screening/screen";

export type PublicEvalRow = {
  id: number;
  kind: string;
  script: string;
  query: string;
  /** listed names (name or alias of an entry) any of which is the right answer; none for a look-alike */
  expectedNames: string[];
  source: string;
  sourceChecked: string;
};

export function readPublicEvalSet(file: string): PublicEvalRow[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((r) => ({
    id: Number(r.id),
    kind: r.kind!,
    script: r.script!,
    query: r.query!,
    expectedNames: (r.expected_names ?? "").split("|").filter(Boolean),
    source: r.source!,
    sourceChecked: r.source_checked!,
  }));
}

export type PublicQuality = {
  rows: number;
  positives: number;
  alertRecall: number;
  alertPrecision: number;
  matchPrecision: number;
  /** rows with a match hit, and those whose match hits are all right */
  matchRows: number;
  byKind: Record<string, { rows: number; right: number }>;
  misses: PublicEvalRow[];
  falseAlerts: { row: PublicEvalRow; alerted: string[] }[];
  wrongMatches: { row: PublicEvalRow; matched: string[] }[];
};

/** Entry ids by the normalised text of each of their names and aliases. */
function entriesByName(index: CandidateIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of index.entries)
    for (const n of [e.name, ...e.aliases.map((a) => a.name)]) {
      const key = normaliseName(n).text;
      (out.get(key) ?? out.set(key, []).get(key)!).push(e.id);
    }
  return out;
}

/** Entry ids whose name or an alias is one of `names` (compared normalised); throws when a name is on no entry. */
function expectedEntries(byName: Map<string, string[]>, names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const ids = byName.get(normaliseName(name).text);
    if (!ids) throw new Error(`public evaluation set: "${name}" is not a listed name or alias`);
    for (const id of ids) out.add(id);
  }
  return out;
}

export function evaluatePublic(index: CandidateIndex, rows: readonly PublicEvalRow[]): PublicQuality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let matchRows = 0;
  let matchRight = 0;
  const byKind: PublicQuality["byKind"] = {};
  const misses: PublicEvalRow[] = [];
  const falseAlerts: PublicQuality["falseAlerts"] = [];
  const wrongMatches: PublicQuality["wrongMatches"] = [];
  const byName = entriesByName(index);
  for (const row of rows) {
    const hits = screenOne(index, { name: row.query }).hits;
    const alerts = hits.filter((h) => h.band === "match" || h.band === "review");
    const matches = hits.filter((h) => h.band === "match");
    const expected = row.expectedNames.length ? expectedEntries(byName, row.expectedNames) : new Set<string>();
    const k = (byKind[row.kind] ??= { rows: 0, right: 0 });
    k.rows++;
    if (expected.size) {
      if (alerts.some((h) => expected.has(h.entryId))) {
        tp++;
        k.right++;
      } else {
        fn++;
        misses.push(row);
        if (alerts.length) fp++;
      }
    } else if (alerts.length) {
      fp++;
      falseAlerts.push({ row, alerted: alerts.map((h) => `${h.listedName} (${h.band} ${h.score})`) });
    } else k.right++;
    if (matches.length) {
      matchRows++;
      if (matches.every((h) => expected.has(h.entryId))) matchRight++;
      else wrongMatches.push({ row, matched: matches.map((h) => `${h.listedName} (${h.score})`) });
    }
  }
  return {
    rows: rows.length,
    positives: rows.filter((r) => r.expectedNames.length).length,
    alertRecall: tp / Math.max(1, tp + fn),
    alertPrecision: tp / Math.max(1, tp + fp),
    matchPrecision: matchRows ? matchRight / matchRows : 1,
    matchRows,
    byKind,
    misses,
    falseAlerts,
    wrongMatches,
  };
}
