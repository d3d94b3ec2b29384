// What changed between two versions of a list: entries added, removed, and changed (name, aliases,
// addresses, licence requirement, licence policy). Entries are matched by their stable key (source + name
// + countries), because the CSL's own _id is not stable across versions for BIS rows; then an entry whose
// countries moved, or that was renamed, is followed by its name and aliases (see followMoved).
import { normaliseKeyPart, splitAliases } from "./csl";

export type DiffEntry = {
  entryKey: string;
  contentHash: string;
  sourceCode: string;
  name: string;
  altNames: string | null;
  addresses: string | null;
  licenseRequirement: string | null;
  licensePolicy: string | null;
};

export type FieldChange = {
  field: "name" | "aliases" | "addresses" | "licenseRequirement" | "licensePolicy";
  before: string | null;
  after: string | null;
  added?: string[];
  removed?: string[];
};
export type ListDiff = {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: { before: DiffEntry; after: DiffEntry; changes: FieldChange[] }[];
  unchanged: number;
};

function push<K, V>(m: Map<K, V[]>, key: K, value: V): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

function group(entries: readonly DiffEntry[]): Map<string, DiffEntry[]> {
  const m = new Map<string, DiffEntry[]>();
  for (const e of entries) push(m, e.entryKey, e);
  for (const list of m.values())
    list.sort((a, b) => (a.contentHash < b.contentHash ? -1 : a.contentHash > b.contentHash ? 1 : 0));
  return m;
}

export function fieldChanges(a: DiffEntry, b: DiffEntry): FieldChange[] {
  const changes: FieldChange[] = [];
  if (a.name !== b.name) changes.push({ field: "name", before: a.name, after: b.name });
  const aa = new Set(splitAliases(a.altNames)),
    ba = new Set(splitAliases(b.altNames));
  const addedAliases = [...ba].filter((x) => !aa.has(x)),
    removedAliases = [...aa].filter((x) => !ba.has(x));
  if (addedAliases.length || removedAliases.length)
    changes.push({
      field: "aliases",
      before: a.altNames,
      after: b.altNames,
      added: addedAliases,
      removed: removedAliases,
    });
  if ((a.addresses ?? "") !== (b.addresses ?? ""))
    changes.push({ field: "addresses", before: a.addresses, after: b.addresses });
  if ((a.licenseRequirement ?? "") !== (b.licenseRequirement ?? ""))
    changes.push({ field: "licenseRequirement", before: a.licenseRequirement, after: b.licenseRequirement });
  if ((a.licensePolicy ?? "") !== (b.licensePolicy ?? ""))
    changes.push({ field: "licensePolicy", before: a.licensePolicy, after: b.licensePolicy });
  return changes;
}

export function diffLists(before: readonly DiffEntry[], after: readonly DiffEntry[]): ListDiff {
  const a = group(before),
    b = group(after);
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
  return followMoved(diff);
}

/** "source|name" of a key "source|name|countries", and an alias in the same form. */
const nameKey = (entryKey: string) => entryKey.slice(0, entryKey.lastIndexOf("|"));
const aliasKeys = (e: DiffEntry) => splitAliases(e.altNames).map((a) => `${e.sourceCode}|${normaliseKeyPart(a)}`);

/**
 * A removed and an added entry of the same source are one entry changed when its countries moved (same
 * name), when it was renamed and kept the old name as an alias, or when it took one of its aliases as its
 * name. Aliases are not matched with aliases: unrelated entries share those (a parent's short name).
 */
function followMoved(diff: ListDiff): ListDiff {
  if (!diff.removed.length || !diff.added.length) return diff;
  const byName = new Map<string, number[]>(),
    byAlias = new Map<string, number[]>();
  diff.added.forEach((n, i) => {
    push(byName, nameKey(n.entryKey), i);
    for (const k of aliasKeys(n)) push(byAlias, k, i);
  });
  const taken = new Set<number>();
  const free = (l: number[] | undefined) => l?.find((i) => !taken.has(i));
  const removed: DiffEntry[] = [];
  for (const o of diff.removed) {
    const own = nameKey(o.entryKey);
    let i = free(byName.get(own)) ?? free(byAlias.get(own));
    for (const k of i === undefined ? aliasKeys(o) : []) if ((i = free(byName.get(k))) !== undefined) break;
    if (i === undefined) {
      removed.push(o);
      continue;
    }
    taken.add(i);
    const n = diff.added[i]!;
    const changes = fieldChanges(o, n);
    if (changes.length) diff.changed.push({ before: o, after: n, changes });
    else diff.unchanged += 1;
  }
  return { ...diff, removed, added: diff.added.filter((_, i) => !taken.has(i)) };
}

export function diffSummary(d: ListDiff): {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  policyChanged: number;
} {
  return {
    added: d.added.length,
    removed: d.removed.length,
    changed: d.changed.length,
    unchanged: d.unchanged,
    policyChanged: d.changed.filter((c) =>
      c.changes.some((x) => x.field === "licensePolicy" || x.field === "licenseRequirement"),
    ).length,
  };
}
