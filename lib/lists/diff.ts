// What changed between two versions of a list: entries added, removed, and changed (name, aliases,
// addresses, licence requirement, licence policy). Entries are matched by their stable key (source + name
// + countries), because the CSL's own _id is not stable across versions for BIS rows.
import { splitAliases } from "./csl";

export type DiffEntry = {
  entryKey: string; contentHash: string; sourceCode: string; name: string; altNames: string | null; addresses: string | null;
  licenseRequirement: string | null; licensePolicy: string | null;
};

export type FieldChange = { field: "name" | "aliases" | "addresses" | "licenseRequirement" | "licensePolicy"; before: string | null; after: string | null; added?: string[]; removed?: string[] };
export type ListDiff = {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: { before: DiffEntry; after: DiffEntry; changes: FieldChange[] }[];
  unchanged: number;
};

function group(entries: readonly DiffEntry[]): Map<string, DiffEntry[]> {
  const m = new Map<string, DiffEntry[]>();
  for (const e of entries) {
    const list = m.get(e.entryKey);
    if (list) list.push(e); else m.set(e.entryKey, [e]);
  }
  for (const list of m.values()) list.sort((a, b) => (a.contentHash < b.contentHash ? -1 : a.contentHash > b.contentHash ? 1 : 0));
  return m;
}

export function fieldChanges(a: DiffEntry, b: DiffEntry): FieldChange[] {
  const changes: FieldChange[] = [];
  if (a.name !== b.name) changes.push({ field: "name", before: a.name, after: b.name });
  const aa = new Set(splitAliases(a.altNames)), ba = new Set(splitAliases(b.altNames));
  const addedAliases = [...ba].filter((x) => !aa.has(x)), removedAliases = [...aa].filter((x) => !ba.has(x));
  if (addedAliases.length || removedAliases.length) changes.push({ field: "aliases", before: a.altNames, after: b.altNames, added: addedAliases, removed: removedAliases });
  if ((a.addresses ?? "") !== (b.addresses ?? "")) changes.push({ field: "addresses", before: a.addresses, after: b.addresses });
  if ((a.licenseRequirement ?? "") !== (b.licenseRequirement ?? "")) changes.push({ field: "licenseRequirement", before: a.licenseRequirement, after: b.licenseRequirement });
  if ((a.licensePolicy ?? "") !== (b.licensePolicy ?? "")) changes.push({ field: "licensePolicy", before: a.licensePolicy, after: b.licensePolicy });
  return changes;
}

export function diffLists(before: readonly DiffEntry[], after: readonly DiffEntry[]): ListDiff {
  const a = group(before), b = group(after);
  const diff: ListDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [key, olds] of a) {
    const news = b.get(key) ?? [];
    // identical content first, so only real differences are paired up as changes
    const unmatchedOld = olds.filter((o) => !news.some((n) => n.contentHash === o.contentHash));
    const unmatchedNew = news.filter((n) => !olds.some((o) => o.contentHash === n.contentHash));
    diff.unchanged += olds.length - unmatchedOld.length;
    const pairs = Math.min(unmatchedOld.length, unmatchedNew.length);
    for (let i = 0; i < pairs; i++) {
      const changes = fieldChanges(unmatchedOld[i]!, unmatchedNew[i]!);
      if (changes.length) diff.changed.push({ before: unmatchedOld[i]!, after: unmatchedNew[i]!, changes });
      else diff.unchanged += 1; // differs only in columns the diff does not report (dates, programs…)
    }
    diff.removed.push(...unmatchedOld.slice(pairs));
    diff.added.push(...unmatchedNew.slice(pairs));
  }
  for (const [key, news] of b) if (!a.has(key)) diff.added.push(...news);
  return diff;
}

export function diffSummary(d: ListDiff): { added: number; removed: number; changed: number; unchanged: number; policyChanged: number } {
  return { added: d.added.length, removed: d.removed.length, changed: d.changed.length, unchanged: d.unchanged, policyChanged: d.changed.filter((c) => c.changes.some((x) => x.field === "licensePolicy" || x.field === "licenseRequirement")).length };
}
