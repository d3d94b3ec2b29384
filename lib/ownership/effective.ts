// Effective ownership by listed owners, for every party at once.
//
// The rule (affiliates rule, 90 FR 47201; OFAC's 50 percent rule): what listed owners hold "directly or
// indirectly, individually or in aggregate". Here: the sum, over every path from a listed owner to the party,
// of the product of the shares along the path. A path passes no company twice (a cross-holding adds its
// paths once, it does not loop), and it stops at the first listed company on it: what a listed subsidiary
// holds is counted as that subsidiary's holding, not a second time as its listed parent's.
//
// Owners come before what they own (components in topological order), so each party is finished in one
// pass over its in-edges. Only inside a cross-holding (a strongly connected component) are paths enumerated.
// That enumeration has a budget per cross-holding: a tangle of companies holding each other can have more
// simple paths than can be counted. Past the budget the cross-holding's figures are walk sums instead (every
// walk, looping ones included, the integrated-ownership model), which are never below the simple-path figures:
// an upper bound, so a party is never cleared by the shortcut. Such figures say so (`approximate`).

import { buildGraph, componentsInOrder, type Edge, type OwnershipGraph } from "./graph";

export type ListedOwnership = {
  graph: OwnershipGraph;
  /** effective share (0..1) held by listed owners, by node index */
  share: Float64Array;
  /** true when a cross-holding had more paths than the budget: figures at and below it are upper bounds */
  approximate: boolean;
  /** how many cross-holdings got walk sums (upper bounds) instead of their simple paths */
  walkSumComponents: number;
};

/** Path steps walked inside one cross-holding before its figures are given as upper bounds. */
export const CYCLE_PATH_BUDGET = 20_000;

export function listedOwnership(
  edges: readonly Edge[] | OwnershipGraph,
  isListed: (key: string) => boolean,
  { budget = CYCLE_PATH_BUDGET } = {},
): ListedOwnership {
  const g: OwnershipGraph = Array.isArray(edges) ? buildGraph(edges as readonly Edge[]) : (edges as OwnershipGraph);
  const n = g.keys.length;
  const listed = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (isListed(g.keys[i]!)) listed[i] = 1;
  const share = new Float64Array(n);
  // what a path arriving at node i carries onwards: 1 from a listed company (paths start there), otherwise
  // what listed owners hold of i, capped at all of it
  const carried = (i: number) => (listed[i] ? 1 : Math.min(1, share[i]!));
  const { comp, order } = componentsInOrder(g);
  // per-node scratch for the cross-holdings, allocated once: what arrives from outside, and the path walk's state
  const from = new Float64Array(n);
  const scratch = { onPath: new Uint8Array(n), added: new Float64Array(n) };
  let approximate = false;
  let walkSumComponents = 0;
  for (let c = 0; c < order.length; c++) {
    const members = order[c]!;
    if (members.length === 1) {
      const v = members[0]!;
      let s = 0;
      for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) s += g.inShare[e]! * carried(g.inFrom[e]!);
      share[v] = s;
      continue;
    }
    // a cross-holding: first what arrives from outside it, then the simple paths inside it
    for (const v of members) {
      let s = 0;
      for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) {
        const u = g.inFrom[e]!;
        if (comp[u] !== c) s += g.inShare[e]! * carried(u);
      }
      from[v] = s;
    }
    for (const v of members) share[v] = from[v]!;
    if (!simplePaths(g, members, comp, c, listed, from, share, scratch, budget)) {
      approximate = true;
      walkSumComponents++;
      walkSums(g, members, comp, c, listed, from, share);
    }
  }
  return { graph: g, share, approximate, walkSumComponents };
}

/** The same figures by key (tests and small callers). */
export function listedOwnershipByKey(edges: readonly Edge[], isListed: (key: string) => boolean): Map<string, number> {
  const { graph, share } = listedOwnership(edges, isListed);
  return new Map(graph.keys.map((k, i) => [k, share[i]!]));
}

/** Adds the simple paths inside component `c` to `share`; false (and `share` untouched) past the budget. */
function simplePaths(
  g: OwnershipGraph,
  members: number[],
  comp: Int32Array,
  c: number,
  listed: Uint8Array,
  from: Float64Array,
  share: Float64Array,
  { onPath, added }: { onPath: Uint8Array; added: Float64Array },
  budget: number,
): boolean {
  let steps = 0;
  for (const v of members) added[v] = 0;
  for (const start of members) {
    const weight = listed[start] ? 1 : Math.min(1, from[start]!);
    if (weight === 0) continue;
    // iterative depth-first walk of the simple paths from `start` inside the component
    const nodes = [start],
      edgesAt = [g.outStart[start]!],
      products = [weight];
    onPath[start] = 1;
    while (nodes.length) {
      const d = nodes.length - 1;
      const v = nodes[d]!;
      const e = edgesAt[d]!;
      if (e >= g.outStart[v + 1]!) {
        onPath[v] = 0;
        nodes.pop();
        edgesAt.pop();
        products.pop();
        continue;
      }
      edgesAt[d] = e + 1;
      const w = g.outTo[e]!;
      if (comp[w] !== c || onPath[w]) continue;
      if (++steps > budget) {
        for (const x of nodes) onPath[x] = 0;
        return false;
      }
      const p = products[d]! * g.outShare[e]!;
      added[w] = added[w]! + p;
      if (listed[w]) continue; // a path stops at the first listed company on it
      onPath[w] = 1;
      nodes.push(w);
      edgesAt.push(g.outStart[w]!);
      products.push(p);
    }
  }
  for (const v of members) share[v] = share[v]! + added[v]!;
  return true;
}

/**
 * Walk sums inside component `c`: share(y) = from outside + sum over owners x inside of share of y held by x
 * times (1 if x is listed, else share(x) capped at 1), iterated from below until it settles. Every term is a
 * walk, so the result is at least the simple-path sum.
 */
function walkSums(
  g: OwnershipGraph,
  members: number[],
  comp: Int32Array,
  c: number,
  listed: Uint8Array,
  from: Float64Array,
  share: Float64Array,
): void {
  for (const v of members) share[v] = from[v]!;
  for (let round = 0; round < 10_000; round++) {
    let moved = 0;
    for (const v of members) {
      let s = from[v]!;
      for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) {
        const u = g.inFrom[e]!;
        if (comp[u] === c) s += g.inShare[e]! * (listed[u] ? 1 : Math.min(1, share[u]!));
      }
      // no one holds more than all of a company: bad data (shares summing over 100 %) must not run away
      s = Math.min(1, s);
      moved = Math.max(moved, Math.abs(s - share[v]!));
      share[v] = s;
    }
    if (moved < 1e-12) return;
  }
}
