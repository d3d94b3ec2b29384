// The ownership graph in compact arrays (compressed sparse rows, both directions), so a calculation over
// hundreds of thousands of edges walks typed arrays rather than maps of objects.

export type Edge = { owner: string; owned: string; share: number };

export type OwnershipGraph = {
  keys: string[];
  index: Map<string, number>;
  /** out-edges of node i (what i owns): outTo[outStart[i] .. outStart[i + 1]) */
  outStart: Int32Array;
  outTo: Int32Array;
  outShare: Float64Array;
  /** in-edges of node i (who owns i) */
  inStart: Int32Array;
  inFrom: Int32Array;
  inShare: Float64Array;
};

/** A company holding its own shares (treasury stock) is not its own owner: such edges are left out. */
export function buildGraph(edges: readonly Edge[], extraKeys: Iterable<string> = []): OwnershipGraph {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const id = (k: string) => {
    let i = index.get(k);
    if (i === undefined) {
      i = keys.length;
      index.set(k, i);
      keys.push(k);
    }
    return i;
  };
  for (const k of extraKeys) id(k);
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  const sh = new Float64Array(edges.length);
  let m = 0;
  for (const e of edges) {
    const a = id(e.owner),
      b = id(e.owned);
    if (a === b || !(e.share > 0)) continue;
    from[m] = a;
    to[m] = b;
    sh[m] = e.share;
    m++;
  }
  const n = keys.length;
  const outStart = new Int32Array(n + 1),
    inStart = new Int32Array(n + 1);
  for (let j = 0; j < m; j++) {
    outStart[from[j]! + 1]!++;
    inStart[to[j]! + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    outStart[i + 1]! += outStart[i]!;
    inStart[i + 1]! += inStart[i]!;
  }
  const outTo = new Int32Array(m),
    outShare = new Float64Array(m),
    inFrom = new Int32Array(m),
    inShare = new Float64Array(m);
  const outPos = outStart.slice(0, n),
    inPos = inStart.slice(0, n);
  // from the node numbers of the first pass: a string key is looked up once per edge end
  for (let j = 0; j < m; j++) {
    const a = from[j]!,
      b = to[j]!;
    const o = outPos[a]!++,
      i = inPos[b]!++;
    outTo[o] = b;
    outShare[o] = sh[j]!;
    inFrom[i] = a;
    inShare[i] = sh[j]!;
  }
  return { keys, index, outStart, outTo, outShare, inStart, inFrom, inShare };
}

/**
 * Strongly connected components (Tarjan, without recursion so deep chains do not overflow the stack), in
 * topological order of the condensed graph: every owner's component comes before what it owns.
 */
export function componentsInOrder(g: OwnershipGraph): { comp: Int32Array; order: number[][] } {
  const n = g.keys.length;
  const idx = new Int32Array(n).fill(-1),
    low = new Int32Array(n),
    comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const found: number[][] = [];
  const callNode = new Int32Array(n),
    callEdge = new Int32Array(n);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (idx[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = g.outStart[root]!;
    idx[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const e = callEdge[depth]!;
      if (e < g.outStart[v + 1]!) {
        callEdge[depth] = e + 1;
        const w = g.outTo[e]!;
        if (idx[w] === -1) {
          idx[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = g.outStart[w]!;
        } else if (onStack[w] && idx[w]! < low[v]!) low[v] = idx[w]!;
        continue;
      }
      if (low[v] === idx[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = found.length;
          members.push(w);
        } while (w !== v);
        found.push(members);
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  // Tarjan completes a component only after everything it reaches: reversed, owners come first
  found.reverse();
  for (let c = 0; c < found.length; c++) for (const v of found[c]!) comp[v] = c;
  return { comp, order: found };
}
