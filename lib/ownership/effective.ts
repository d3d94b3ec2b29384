// Effective ownership by listed owners, for every party at once.
//
// The rule (affiliates rule, 90 FR 47201; OFAC's 50 percent rule): what listed owners hold "directly or
// indirectly, individually or in aggregate". Here: the sum, over every path from a listed owner to the party,
// of the product of the shares along the path. A path passes no company twice (a cross-holding adds its
// paths once, it does not loop), and it stops at the first listed company on it: what a listed subsidiary
// holds is counted as that subsidiary's holding, not a second time as its listed parent's.
//
// Owners come before what they own (components in topological order), so each party is finished in one
// pass over its in-edges. Only inside a cross-holding (a strongly connected component) are paths enumerated,
// and that enumeration has a budget: past it the figure is a lower bound and says so (`approximate`).

import { buildGraph, componentsInOrder, type Edge, type OwnershipGraph } from "./graph";

export type ListedOwnership = {
  graph: OwnershipGraph;
  /** effective share (0..1) held by listed owners, by node index */
  share: Float64Array;
  /** true when a cross-holding had more paths than the budget: its figures are lower bounds */
  approximate: boolean;
};

/** Paths walked inside cross-holdings before the figures are given as lower bounds. */
export const CYCLE_PATH_BUDGET = 1_000_000;

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
  let steps = 0;
  let approximate = false;
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
    const from = new Map<number, number>();
    for (const v of members) {
      let s = 0;
      for (let e = g.inStart[v]!; e < g.inStart[v + 1]!; e++) {
        const u = g.inFrom[e]!;
        if (comp[u] !== c) s += g.inShare[e]! * carried(u);
      }
      from.set(v, s);
    }
    for (const v of members) share[v] = from.get(v)!;
    const onPath = new Uint8Array(members.length);
    const local = new Map(members.map((v, i) => [v, i]));
    for (const start of members) {
      const weight = listed[start] ? 1 : Math.min(1, from.get(start)!);
      if (weight === 0) continue;
      // iterative depth-first walk of the simple paths from `start` inside the component
      const nodes = [start],
        edgesAt = [g.outStart[start]!],
        products = [weight];
      onPath[local.get(start)!] = 1;
      while (nodes.length) {
        const d = nodes.length - 1;
        const v = nodes[d]!;
        const e = edgesAt[d]!;
        if (e >= g.outStart[v + 1]! || steps > budget) {
          onPath[local.get(v)!] = 0;
          nodes.pop();
          edgesAt.pop();
          products.pop();
          continue;
        }
        edgesAt[d] = e + 1;
        const w = g.outTo[e]!;
        const li = local.get(w);
        if (li === undefined || onPath[li]) continue;
        if (++steps > budget) {
          approximate = true;
          continue;
        }
        const p = products[d]! * g.outShare[e]!;
        share[w] = share[w]! + p;
        if (listed[w]) continue; // a path stops at the first listed company on it
        onPath[li] = 1;
        nodes.push(w);
        edgesAt.push(g.outStart[w]!);
        products.push(p);
      }
    }
  }
  return { graph: g, share, approximate };
}

/** The same figures by key (tests and small callers). */
export function listedOwnershipByKey(edges: readonly Edge[], isListed: (key: string) => boolean): Map<string, number> {
  const { graph, share } = listedOwnership(edges, isListed);
  return new Map(graph.keys.map((k, i) => [k, share[i]!]));
}
