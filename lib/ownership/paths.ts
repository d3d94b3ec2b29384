// Who holds a party, path by path: the upstream walk behind one party's figure, for its explanation.
// Same rule as effective.ts (a path passes no company twice and starts at the first listed company met
// going up), so the sum of these paths is that party's figure.

import type { OwnershipGraph } from "./graph";

/** A path from a listed owner down to the party: keys[0] is the owner, shares[i] what keys[i] holds of keys[i + 1]. */
export type OwnershipPath = { keys: string[]; shares: number[]; product: number };
export type OwnerContribution = { ownerKey: string; share: number; paths: OwnershipPath[] };
export type PartyOwnership = {
  key: string;
  total: number;
  owners: OwnerContribution[];
  /** true when the walk stopped at its budget: the figure is a lower bound */
  approximate: boolean;
};

export const PATH_BUDGET = 100_000;

export function ownershipOf(
  g: OwnershipGraph,
  key: string,
  isListed: (key: string) => boolean,
  { budget = PATH_BUDGET } = {},
): PartyOwnership {
  const target = g.index.get(key);
  const byOwner = new Map<string, OwnerContribution>();
  let approximate = false;
  if (target !== undefined) {
    const onPath = new Set<number>([target]);
    // walking up: nodes[d] is d steps above the target
    const nodes = [target],
      edgesAt = [g.inStart[target]!],
      shares: number[] = [],
      products = [1];
    let steps = 0;
    while (nodes.length) {
      const d = nodes.length - 1;
      const v = nodes[d]!;
      const e = edgesAt[d]!;
      if (e >= g.inStart[v + 1]!) {
        onPath.delete(v);
        nodes.pop();
        edgesAt.pop();
        products.pop();
        shares.pop();
        continue;
      }
      edgesAt[d] = e + 1;
      const u = g.inFrom[e]!;
      if (onPath.has(u)) continue;
      if (++steps > budget) {
        approximate = true;
        break;
      }
      const p = products[d]! * g.inShare[e]!;
      const uKey = g.keys[u]!;
      if (isListed(uKey)) {
        const chain = [u, ...nodes.slice().reverse()].map((i) => g.keys[i]!);
        const pathShares = [g.inShare[e]!, ...shares.slice().reverse()];
        let c = byOwner.get(uKey);
        if (!c) byOwner.set(uKey, (c = { ownerKey: uKey, share: 0, paths: [] }));
        c.share += p;
        c.paths.push({ keys: chain, shares: pathShares, product: p });
        continue; // a path starts at the first listed company met going up
      }
      onPath.add(u);
      nodes.push(u);
      edgesAt.push(g.inStart[u]!);
      products.push(p);
      shares.push(g.inShare[e]!);
    }
  }
  const owners = [...byOwner.values()].sort((a, b) => b.share - a.share || a.ownerKey.localeCompare(b.ownerKey));
  for (const o of owners) o.paths.sort((a, b) => b.product - a.product);
  return { key, total: owners.reduce((s, o) => s + o.share, 0), owners, approximate };
}
