import { describe, expect, it } from "vitest";
import { listedOwnership, listedOwnershipByKey } from "./effective";
import { explainOwnership, type ListedOwnerInfo } from "./explain";
import { buildGraph, componentsInOrder, type Edge } from "./graph";
import { ownershipOf } from "./paths";
import { statementsAsOf, type OwnershipStatement } from "./statements";
import { ultimateParent } from "./ultimate-parent";

const e = (owner: string, owned: string, pct: number): Edge => ({ owner, owned, share: pct / 100 });
const listedSet = (...keys: string[]) => {
  const s = new Set(keys);
  return (k: string) => s.has(k);
};
const info = new Map<string, ListedOwnerInfo>([
  ["X", { name: "X Group", listedOn: "2019-10-09", citation: "84 FR 54002" }],
  ["Y", { name: "Y Institute", listedOn: "2020-06-05", citation: "85 FR 34495" }],
]);
const names = new Map([
  ["A", "A Holdings"],
  ["T", "Target GmbH"],
]);
const explain = (edges: Edge[], listed: string[], key = "T") =>
  explainOwnership(ownershipOf(buildGraph(edges), key, listedSet(...listed)), info, names);
const close = (a: number | undefined, b: number) => expect(a).toBeCloseTo(b, 12);

describe("effective ownership by listed owners", () => {
  it("60 % held directly: owned, with the listing and the threshold", () => {
    close(listedOwnershipByKey([e("X", "T", 60)], listedSet("X")).get("T"), 0.6);
    expect(explain([e("X", "T", 60)], ["X"])).toBe(
      "Owned 60 % by X Group (listed 2019-10-09, 84 FR 54002): 60 % >= 50 %",
    );
  });

  it("50 % split across two listed owners reaches 50 % in aggregate", () => {
    const edges = [e("X", "T", 25), e("Y", "T", 25), e("Z", "T", 50)];
    close(listedOwnershipByKey(edges, listedSet("X", "Y")).get("T"), 0.5);
    expect(explain(edges, ["X", "Y"])).toBe(
      "Owned 50 % in aggregate by 2 listed owners: 25 % by X Group (listed 2019-10-09, 84 FR 54002); " +
        "25 % by Y Institute (listed 2020-06-05, 85 FR 34495): 25 % + 25 % = 50 % >= 50 %",
    );
  });

  it("49 % is below the threshold and says so", () => {
    close(listedOwnershipByKey([e("X", "T", 49)], listedSet("X")).get("T"), 0.49);
    expect(explain([e("X", "T", 49)], ["X"])).toBe(
      "Owned 49 % by X Group (listed 2019-10-09, 84 FR 54002): 49 % < 50 %",
    );
  });

  it("an indirect chain multiplies along the path: 80 % of 75 % is 60 %", () => {
    const edges = [e("X", "A", 80), e("A", "T", 75)];
    close(listedOwnershipByKey(edges, listedSet("X")).get("T"), 0.6);
    expect(explain(edges, ["X"])).toBe(
      "Owned 60 % by X Group (listed 2019-10-09, 84 FR 54002) through X Group holds 80 % of A Holdings, which holds " +
        "75 % of Target GmbH: 80 % x 75 % = 60 %: 60 % >= 50 %",
    );
  });

  it("paths are summed: 30 % directly and 40 % of 50 % through A make 50 %", () => {
    const edges = [e("X", "T", 30), e("X", "A", 40), e("A", "T", 50)];
    close(listedOwnershipByKey(edges, listedSet("X")).get("T"), 0.5);
    const o = ownershipOf(buildGraph(edges), "T", listedSet("X"));
    expect(o.owners.map((c) => [c.ownerKey, c.paths.map((p) => p.keys.join(">"))])).toEqual([["X", ["X>T", "X>A>T"]]]);
  });

  it("a cross-holding is walked once, not looped: A and B hold each other and the figures stay finite", () => {
    const edges = [e("X", "A", 60), e("A", "B", 30), e("B", "A", 20), e("A", "T", 50), e("B", "T", 10)];
    const by = listedOwnershipByKey(edges, listedSet("X"));
    close(by.get("A"), 0.6);
    close(by.get("B"), 0.18);
    close(by.get("T"), 0.6 * 0.5 + 0.6 * 0.3 * 0.1);
    close(ownershipOf(buildGraph(edges), "T", listedSet("X")).total, 0.318);
  });

  it("companies holding all of each other do not blow up", () => {
    const edges = [e("A", "B", 100), e("B", "A", 100), e("X", "A", 60), e("B", "T", 100)];
    const by = listedOwnershipByKey(edges, listedSet("X"));
    close(by.get("A"), 0.6);
    close(by.get("B"), 0.6);
    close(by.get("T"), 0.6);
  });

  it("a listed subsidiary's holding is counted once, not again as its listed parent's", () => {
    const edges = [e("X", "Y", 100), e("Y", "T", 50)];
    close(listedOwnershipByKey(edges, listedSet("X", "Y")).get("T"), 0.5);
    const o = ownershipOf(buildGraph(edges), "T", listedSet("X", "Y"));
    expect(o.owners.map((c) => c.ownerKey)).toEqual(["Y"]);
  });

  it("the bulk figures and the path-by-path walk agree on a graph with cross-holdings", () => {
    // a fixed pseudo-random graph: 60 companies, 140 edges mostly down a hierarchy, 12 pointing back up (cycles)
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const edges: Edge[] = [];
    for (let i = 0; i < 140; i++) {
      const a = Math.floor(rnd() * 59);
      const b = i % 12 === 0 ? Math.floor(rnd() * a) : a + 1 + Math.floor(rnd() * (59 - a));
      edges.push(e(`n${a}`, `n${b}`, 5 + Math.floor(rnd() * 40)));
    }
    const listed = listedSet("n1", "n2", "n3", "n40");
    const bulk = listedOwnership(edges, listed);
    expect(bulk.approximate).toBe(false);
    // the case is only worth something with a real cross-holding and figures above zero
    expect(Math.max(...componentsInOrder(bulk.graph).order.map((c) => c.length))).toBeGreaterThan(3);
    expect(bulk.share.filter((x) => x > 0).length).toBeGreaterThan(20);
    for (let i = 0; i < 60; i++) {
      const k = `n${i}`;
      const idx = bulk.graph.index.get(k);
      if (idx === undefined) continue;
      close(ownershipOf(bulk.graph, k, listed).total, bulk.share[idx]!);
    }
  });

  it("a cross-holding with more paths than the budget gets walk sums: an upper bound, flagged", () => {
    const edges: Edge[] = [e("X", "n0", 90)];
    for (let i = 0; i < 7; i++) for (let j = 0; j < 7; j++) if (i !== j) edges.push(e(`n${i}`, `n${j}`, 5));
    const r = listedOwnership(edges, listedSet("X"), { budget: 1000 });
    expect(r.approximate).toBe(true);
    // the shortcut never gives less than the exact figure, so it never clears a party it should not
    const exact = listedOwnership(edges, listedSet("X"), { budget: 1e9 });
    expect(exact.approximate).toBe(false);
    for (let i = 0; i < exact.share.length; i++) expect(r.share[i]!).toBeGreaterThanOrEqual(exact.share[i]! - 1e-12);
    expect(r.share[exact.graph.index.get("n5")!]!).toBeGreaterThan(exact.share[exact.graph.index.get("n5")!]!);
  });
});

const st = (
  owner: string,
  owned: string,
  pct: number,
  asOf: string | null = null,
  endDate: string | null = null,
  ownerCountry: string | null = null,
): OwnershipStatement => ({
  ownerKey: owner,
  ownerName: `${owner} Co`,
  ownerCountry,
  ownedKey: owned,
  ownedName: `${owned} Co`,
  ownedCountry: null,
  shareBp: pct * 100,
  relation: "direct",
  source: "test",
  asOf,
  endDate,
});

describe("ownership as of a date", () => {
  const history = [
    st("X", "T", 60, "2019-01-01"),
    st("X", "T", 40, "2024-03-01"),
    st("Y", "T", 20, "2020-01-01", "2025-01-01"),
  ];
  const on = (date: string) => statementsAsOf(history, date).map((s) => `${s.ownerKey}:${s.shareBp}`);
  it("before any statement: nothing", () => expect(on("2018-12-31")).toEqual([]));
  it("a statement holds from its as-of date", () => expect(on("2019-01-01")).toEqual(["X:6000"]));
  it("a newer statement of the same holding replaces the older", () =>
    expect(on("2024-06-01")).toEqual(["X:4000", "Y:2000"]));
  it("a statement ends on its end date", () => expect(on("2025-01-01")).toEqual(["X:4000"]));
  it("the figure follows the date", () => {
    const share = (date: string) =>
      listedOwnershipByKey(
        statementsAsOf(history, date).map((s) => ({ owner: s.ownerKey, owned: s.ownedKey, share: s.shareBp / 10000 })),
        listedSet("X", "Y"),
      ).get("T");
    close(share("2023-01-01"), 0.8);
    close(share("2024-06-01"), 0.6);
    close(share("2025-06-01"), 0.4);
  });
});

describe("ultimate parent by control", () => {
  it("a German subsidiary of a Chinese group: up through each majority holder", () => {
    const up = ultimateParent([st("HK", "DE", 100), st("CN", "HK", 60, null, null, "CN"), st("Z", "HK", 40)], "DE");
    expect(up).toMatchObject({ key: "CN", name: "CN Co", country: "CN" });
    expect(up!.chain.map((c) => `${c.ownerKey}>${c.ownedKey}:${c.shareBp}`)).toEqual(["HK>DE:10000", "CN>HK:6000"]);
  });
  it("50 % is not control: exactly half stops the climb", () => {
    expect(ultimateParent([st("P", "T", 50)], "T")).toBeNull();
    expect(ultimateParent([st("P", "T", 51), st("Q", "P", 50)], "T")?.key).toBe("P");
  });
  it("a chain that closes on itself ends before it repeats", () => {
    expect(ultimateParent([st("A", "T", 100), st("B", "A", 60), st("A", "B", 60)], "T")?.key).toBe("B");
  });
});
