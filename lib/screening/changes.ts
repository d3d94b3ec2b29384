// "What changed": parties whose screening status differs between two runs, each with the list diff entry that
// caused it (an entry added, removed, or changed in the new list version), so a compliance officer sees why.
import type { FieldChange, ListDiff } from "../lists/diff";
import type { ScreeningStatus } from "./types";

export type PartyOutcome = { partyId: string; partyName: string; status: ScreeningStatus; entryKeys: string[] };
export type Cause = {
  entryKey: string;
  listedName: string;
  change: "added" | "removed" | "changed" | "scoring";
  fields: FieldChange["field"][];
};
export type StatusChange = {
  partyId: string;
  partyName: string;
  before: ScreeningStatus;
  after: ScreeningStatus;
  causes: Cause[];
};

const severity: Record<ScreeningStatus, number> = { clear: 0, review: 1, match: 2 };

export type StatusOnlyChange = Omit<StatusChange, "causes">;

/** Parties whose status differs between two runs, with the listed entries behind either, most severe first. */
function changedParties(
  before: readonly PartyOutcome[],
  after: readonly PartyOutcome[],
): (StatusOnlyChange & { keys: Set<string> })[] {
  const old = new Map(before.map((p) => [p.partyId, p]));
  const now = new Map(after.map((p) => [p.partyId, p]));
  const out: (StatusOnlyChange & { keys: Set<string> })[] = [];
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(id);
    const b = now.get(id);
    const beforeStatus = a?.status ?? "clear";
    const afterStatus = b?.status ?? "clear";
    if (beforeStatus === afterStatus) continue;
    out.push({
      partyId: id,
      partyName: (b ?? a)!.partyName,
      before: beforeStatus,
      after: afterStatus,
      keys: new Set([...(a?.entryKeys ?? []), ...(b?.entryKeys ?? [])]),
    });
  }
  return out.sort((x, y) => severity[y.after] - severity[x.after] || x.partyName.localeCompare(y.partyName));
}

/** The status changes alone, for views that count and name them: no list diff is needed. */
export function changedStatuses(before: readonly PartyOutcome[], after: readonly PartyOutcome[]): StatusOnlyChange[] {
  return changedParties(before, after).map(({ keys: _keys, ...change }) => change);
}

export function statusChanges(
  before: readonly PartyOutcome[],
  after: readonly PartyOutcome[],
  diff: ListDiff | null,
): StatusChange[] {
  const added = new Map(diff?.added.map((e) => [e.entryKey, e.name]) ?? []);
  const removed = new Map(diff?.removed.map((e) => [e.entryKey, e.name]) ?? []);
  const changed = new Map(diff?.changed.map((c) => [c.after.entryKey, c]) ?? []);
  return changedParties(before, after).map(({ keys, ...change }) => {
    const causes: Cause[] = [];
    for (const key of keys) {
      if (added.has(key)) causes.push({ entryKey: key, listedName: added.get(key)!, change: "added", fields: [] });
      else if (removed.has(key))
        causes.push({ entryKey: key, listedName: removed.get(key)!, change: "removed", fields: [] });
      else if (changed.has(key))
        causes.push({
          entryKey: key,
          listedName: changed.get(key)!.after.name,
          change: "changed",
          fields: changed.get(key)!.changes.map((c) => c.field),
        });
    }
    if (causes.length === 0)
      for (const key of keys)
        causes.push({ entryKey: key, listedName: key.split("|")[1] ?? key, change: "scoring", fields: [] });
    return { ...change, causes };
  });
}
