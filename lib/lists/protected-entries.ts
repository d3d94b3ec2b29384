// A list version that removes or weakens an entry matching one of the company's own parties is never
// applied silently, whatever the share of the list it changes: the customer's status would quietly drop from
// match to review or clear. "Weakens" means the entry no longer carries what made the hit: the name or alias
// that matched, or an address whose country or words counted as evidence.
import { acronymsInName, normaliseKeyPart, splitAddresses, splitAliases } from "./csl";
import type { DiffEntry, ListDiff } from "./diff";

/** A stored party's standing hit on a listed entry: a confirmed match, or a hit still awaiting a decision. */
export type ProtectedHit = {
  partyName: string;
  entryKey: string;
  listedName: string;
  /** the listed name or alias the hit matched; null when only a decision (no hit) records the pair */
  matchedName: string | null;
  standing: "confirmed match" | "open hit";
  /** the hit's score counted the entry's address or country */
  usedAddress: boolean;
};

export type ProtectedChange = { hit: ProtectedHit; change: string };

const namesOf = (e: DiffEntry) =>
  new Set([e.name, ...splitAliases(e.altNames), ...acronymsInName(e.name)].map(normaliseKeyPart));

function weakening(hit: ProtectedHit, before: DiffEntry, after: DiffEntry): string | null {
  const what: string[] = [];
  if (hit.matchedName && !namesOf(after).has(normaliseKeyPart(hit.matchedName)))
    what.push(`no longer lists "${hit.matchedName}", the name that matched`);
  if (hit.usedAddress) {
    const kept = new Set(splitAddresses(after.addresses).map((a) => normaliseKeyPart(a.raw)));
    const dropped = splitAddresses(before.addresses).filter((a) => !kept.has(normaliseKeyPart(a.raw)));
    if (dropped.length)
      what.push(`drops the address${dropped.length > 1 ? "es" : ""} ${dropped.map((a) => `"${a.raw}"`).join(" and ")}`);
  }
  return what.length ? what.join(" and ") : null;
}

/** Every stored party's hit that the diff removes or weakens, with what happens to it. */
export function protectedChanges(diff: ListDiff, hits: readonly ProtectedHit[]): ProtectedChange[] {
  if (!hits.length) return [];
  const removed = new Map(diff.removed.map((e) => [e.entryKey, e]));
  const changed = new Map(diff.changed.map((c) => [c.before.entryKey, c]));
  const out: ProtectedChange[] = [];
  for (const hit of hits) {
    const gone = removed.get(hit.entryKey);
    if (gone) {
      out.push({ hit, change: `removes the entry "${gone.name}" [${gone.sourceCode}]` });
      continue;
    }
    const c = changed.get(hit.entryKey);
    const w = c ? weakening(hit, c.before, c.after) : null;
    if (c && w) out.push({ hit, change: `changes the entry "${c.before.name}" [${c.before.sourceCode}]: it ${w}` });
  }
  return out;
}

/**
 * One quarantine reason per party, naming it. Reasons are stored joined by "; " and listed one per line, so a
 * reason never contains that separator.
 */
export function protectedChangeReasons(changes: readonly ProtectedChange[]): string[] {
  const byParty = new Map<string, ProtectedChange[]>();
  for (const c of changes) byParty.set(c.hit.partyName, [...(byParty.get(c.hit.partyName) ?? []), c]);
  return [...byParty].map(([party, cs]) =>
    `touches your party "${party}": ${cs.map((c) => `${c.change} (${c.hit.standing})`).join(", and ")}`.replace(
      /;\s/g,
      ", ",
    ),
  );
}
