// The ultimate parent by control: from the party, up through the owner holding more than half of it, until a
// company that no one holds more than half of. Control here is a single majority holder at each step (its
// direct or stated indirect share); joint control through several subsidiaries together is not followed.

import type { OwnershipStatement } from "./statements";

export const CONTROL_THRESHOLD_BP = 5000;

export type ControlStep = {
  ownerKey: string;
  ownerName: string;
  ownedKey: string;
  shareBp: number;
  source: string | null;
};
export type UltimateParent = {
  key: string;
  name: string;
  country: string | null;
  /** from the party up to the ultimate parent */
  chain: ControlStep[];
};

/**
 * `statements` are those in force on the date in question (statementsAsOf). Null when no one controls the
 * party. A chain that comes back on itself (A controls B controls A) ends at the last company before it closes.
 */
export function ultimateParent(statements: readonly OwnershipStatement[], key: string): UltimateParent | null {
  const controller = new Map<string, OwnershipStatement>();
  for (const s of statements) {
    if (s.shareBp <= CONTROL_THRESHOLD_BP || s.ownerKey === s.ownedKey) continue;
    const held = controller.get(s.ownedKey);
    // two owners cannot each hold a majority; if a file says so, the larger (then the first) is taken
    if (!held || s.shareBp > held.shareBp) controller.set(s.ownedKey, s);
  }
  const chain: ControlStep[] = [];
  const seen = new Set([key]);
  let top: OwnershipStatement | undefined;
  for (let s = controller.get(key); s && !seen.has(s.ownerKey); s = controller.get(s.ownerKey)) {
    seen.add(s.ownerKey);
    chain.push({
      ownerKey: s.ownerKey,
      ownerName: s.ownerName,
      ownedKey: s.ownedKey,
      shareBp: s.shareBp,
      source: s.source,
    });
    top = s;
  }
  return top ? { key: top.ownerKey, name: top.ownerName, country: top.ownerCountry, chain } : null;
}
