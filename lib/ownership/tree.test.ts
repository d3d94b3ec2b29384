import { describe, expect, it } from "vitest";
import type { OwnershipStatement } from "./statements";
import { ownerTree } from "./tree";

const st = (owner: string, owned: string, pct: number): OwnershipStatement => ({
  ownerKey: owner,
  ownerName: owner.toUpperCase(),
  ownerCountry: "CN",
  ownedKey: owned,
  ownedName: owned.toUpperCase(),
  ownedCountry: "DE",
  shareBp: pct * 100,
  relation: "direct",
  source: null,
  asOf: null,
  endDate: null,
});

describe("ownerTree", () => {
  it("lists owners up the chain, largest first, with the arithmetic of each path", () => {
    const tree = ownerTree([st("b", "a", 40), st("c", "a", 60), st("d", "c", 50)], "a", (o) => o.key === "d");
    expect(tree.map((n) => [n.name, n.share])).toEqual([
      ["C", 0.6],
      ["B", 0.4],
    ]);
    const d = tree[0]!.owners[0]!;
    expect(d).toMatchObject({ name: "D", share: 0.5, listed: true, cycle: false, arithmetic: "50 % x 60 % = 30 %" });
    expect(d.throughPath).toBeCloseTo(0.3);
    expect(tree[0]!.listed).toBe(false);
    expect(tree[0]!.arithmetic).toBe("60 %");
  });

  it("marks a company met again on its own path and does not follow it round", () => {
    const tree = ownerTree([st("b", "a", 60), st("c", "b", 50), st("b", "c", 30)], "a", () => false);
    const c = tree[0]!.owners[0]!;
    expect(c.name).toBe("C");
    expect(c.owners[0]).toMatchObject({ name: "B", cycle: true, owners: [] });
  });

  it("has no owners for a party nobody holds", () => {
    expect(ownerTree([st("b", "a", 60)], "z", () => false)).toEqual([]);
  });
});
