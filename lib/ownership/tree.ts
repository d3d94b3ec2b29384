// The owners above a party as a tree, for its page: each owner with the share it holds of the company below it
// and what that path gives it of the party (the shares multiplied along the path), up to the ultimate owners.
// A company met again on its own path (a cross-holding) is shown once more, marked, and not followed further.
import { percent } from "./explain";
import type { OwnershipStatement } from "./statements";

export type OwnerNode = {
  key: string;
  name: string;
  country: string | null;
  /** the share this owner holds of the company just below it (0-1) */
  share: number;
  /** what this path gives it of the party: the shares multiplied from here down (0-1) */
  throughPath: number;
  /** the arithmetic of `throughPath`, in words: "60 % x 50 % = 30 %" */
  arithmetic: string;
  listed: boolean;
  /** already on this path below: a cycle, not followed */
  cycle: boolean;
  owners: OwnerNode[];
};

/** Levels of owners shown at most: deeper webs are cut (the determinations still use all of them). */
export const MAX_TREE_DEPTH = 12;

/**
 * The owners of `key` from the statements in force (statementsAsOf first), largest holding first. `isListed` says
 * which owners are listed parties, highlighted on the page.
 */
export function ownerTree(
  statements: readonly OwnershipStatement[],
  key: string,
  isListed: (owner: { key: string; name: string }) => boolean,
): OwnerNode[] {
  const byOwned = new Map<string, OwnershipStatement[]>();
  for (const s of statements) byOwned.set(s.ownedKey, [...(byOwned.get(s.ownedKey) ?? []), s]);
  const grow = (owned: string, path: string[], shares: number[]): OwnerNode[] =>
    (byOwned.get(owned) ?? [])
      .slice()
      .sort((a, b) => b.shareBp - a.shareBp || a.ownerName.localeCompare(b.ownerName))
      .map((s) => {
        const share = s.shareBp / 10_000;
        const chain = [share, ...shares];
        const throughPath = chain.reduce((x, y) => x * y, 1);
        const cycle = path.includes(s.ownerKey);
        return {
          key: s.ownerKey,
          name: s.ownerName,
          country: s.ownerCountry,
          share,
          throughPath,
          arithmetic: chain.length > 1 ? `${chain.map(percent).join(" x ")} = ${percent(throughPath)}` : percent(share),
          listed: isListed({ key: s.ownerKey, name: s.ownerName }),
          cycle,
          owners: cycle || path.length >= MAX_TREE_DEPTH ? [] : grow(s.ownerKey, [...path, s.ownerKey], chain),
        };
      });
  return grow(key, [key], []);
}
