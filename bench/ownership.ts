// Ownership benchmark: 100,000 parties and 300,000 ownership edges (company groups owning down a hierarchy,
// some cross-holdings, 1 % of parties listed). Effective ownership of every party by listed owners
// (lib/ownership/effective.ts), next to a plain graph traversal of the same edges measured in the same run: a
// breadth-first walk from the listed owners that only marks what they reach (no shares, no paths), the two
// alternating. Targets: the whole calculation, graph building from keyed edges included, under 2 s at the
// median; and within 10x of the plain traversal.
import { listedOwnership } from "../lib/ownership/effective";
import { buildGraph, componentsInOrder, type Edge, type OwnershipGraph } from "../lib/ownership/graph";
import { alternate, formatSpread, pairedRatio, prng, ratioTarget, runCount, spread, target, timeMs } from "./lib";

const PARTIES = Number(process.env.BENCH_OWNERSHIP_PARTIES ?? 100_000);
const EDGES = Number(process.env.BENCH_OWNERSHIP_EDGES ?? 300_000);
const GROUP = 50;
const rand = prng(16);
// one string per party, as a query returns them (flat strings, not concatenations built per edge)
const partyKeys = Array.from({ length: PARTIES }, (_, i) => `name:party ${i}|${["CN", "HK", "DE", "US", "SG"][i % 5]}`);
const key = (i: number) => partyKeys[i]!;

// each edge: an owner earlier in the same group (or, one time in ten, anywhere earlier) holds 1 to 40 % of a
// later party; then one edge in 500 is a cross-holding inside a group: a company that owns nothing holding a
// share of its owner (as a subsidiary holding some of its parent's shares does)
const CROSS = Math.floor(EDGES / 500);
const edges: Edge[] = [];
const firstOwner = new Int32Array(PARTIES).fill(-1);
const ownsSomething = new Uint8Array(PARTIES);
while (edges.length < EDGES - CROSS) {
  const owned = 1 + Math.floor(rand() * (PARTIES - 1));
  const groupStart = owned - (owned % GROUP);
  const owner =
    rand() < 0.1 || owned === groupStart
      ? Math.floor(rand() * owned)
      : groupStart + Math.floor(rand() * (owned - groupStart));
  edges.push({ owner: key(owner), owned: key(owned), share: (1 + Math.floor(rand() * 40)) / 100 });
  if (firstOwner[owned] === -1) firstOwner[owned] = owner;
  ownsSomething[owner] = 1;
}
for (let i = 0; edges.length < EDGES; i = (i + 7919) % PARTIES)
  if (!ownsSomething[i] && firstOwner[i]! >= 0 && Math.floor(firstOwner[i]! / GROUP) === Math.floor(i / GROUP)) {
    edges.push({ owner: key(i), owned: key(firstOwner[i]!), share: (1 + Math.floor(rand() * 10)) / 100 });
    ownsSomething[i] = 1;
  }
const listedKeys = new Set<string>();
for (let i = 0; i < PARTIES; i += 100) listedKeys.add(key(i + Math.floor(rand() * 100)));
const isListed = (k: string) => listedKeys.has(k);

const graph = buildGraph(edges, partyKeys);
const cycles = componentsInOrder(graph).order.filter((c) => c.length > 1);

/** The plain traversal: every party reachable from a listed owner, each edge looked at once. */
function reachable(g: OwnershipGraph): number {
  const seen = new Uint8Array(g.keys.length);
  const queue = new Int32Array(g.keys.length);
  let head = 0,
    tail = 0;
  for (let i = 0; i < g.keys.length; i++)
    if (isListed(g.keys[i]!)) {
      seen[i] = 1;
      queue[tail++] = i;
    }
  while (head < tail) {
    const v = queue[head++]!;
    for (let e = g.outStart[v]!; e < g.outStart[v + 1]!; e++) {
      const w = g.outTo[e]!;
      if (!seen[w]) {
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}

let sink = 0;
let walkSums = 0;
let held = 0;
const runs = await alternate(
  runCount(),
  () => timeMs(() => (sink += reachable(graph))),
  () =>
    timeMs(() => {
      const r = listedOwnership(graph, isListed);
      walkSums = r.walkSumComponents;
      held = r.share.filter((x) => x >= 0.5).length;
    }),
);
const ratio = pairedRatio(runs.baseline, runs.subject);
// the whole job as a caller meets it: keyed edges in, figures out
const whole = spread(
  Array.from({ length: runCount() }, () => timeMs(() => listedOwnership(buildGraph(edges, partyKeys), isListed))),
);
const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(
  `${PARTIES.toLocaleString("en-US")} parties, ${edges.length.toLocaleString("en-US")} edges, ${listedKeys.size.toLocaleString("en-US")} listed, ` +
    `${cycles.length} cross-holdings (largest ${Math.max(0, ...cycles.map((c) => c.length))} companies): ` +
    `plain traversal ${formatSpread(ratio.baseline, ms)}; effective ownership ${formatSpread(ratio.subject, ms)}; ` +
    `with graph building ${formatSpread(whole, ms)}; ${held.toLocaleString("en-US")} parties >= 50 % listed-owned` +
    `; ${walkSums} cross-holding(s) past the path budget, given walk sums (upper bounds) (checksum ${sink % 7})`,
);
console.log(target("ownership-every-party", `${ms(whole.median)} median`, "median < 2000 ms", whole.median < 2000));
console.log(ratioTarget("ownership-vs-traversal", ratio, { max: 10 }, 1));
await import("./ownership-addresses");
