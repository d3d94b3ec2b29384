import { describe, expect, it } from "vitest";
import type { DecisionRecord } from "../screening/decisions";
import type { Hit } from "../screening/types";
import { bindingListings, type ListedTerms } from "./buyer-listings";

const now = new Date("2026-12-01T00:00:00Z");
const hit = (entryId: string, band: Hit["band"], contentHash = `h-${entryId}`): Hit => ({
  entryId,
  entryKey: `k-${entryId}`,
  contentHash,
  sourceCode: "EL",
  listedName: `Listed ${entryId}`,
  score: band === "match" ? 95 : 80,
  band,
  countries: ["CN"],
  explanation: {} as Hit["explanation"],
});
const decided = (decision: DecisionRecord["decision"], entryHash: string): DecisionRecord => ({
  id: "d",
  decision,
  note: "n",
  entryHash,
  decidedAt: new Date("2026-11-01T00:00:00Z"),
  decidedBy: "officer@example.com",
  expiresAt: null,
  version: 1,
});
const terms = new Map<string, ListedTerms>([
  [
    "a",
    {
      startDate: "2019-10-09",
      licenseRequirement: "For all items subject to the EAR.",
      licensePolicy: "Presumption of denial.",
      footnotes: null,
      federalRegisterNotice: "84 FR 54002",
    },
  ],
]);

describe("bindingListings", () => {
  it("binds a match with the listed entry's terms, and an undecided review hit as review", () => {
    const out = bindingListings([hit("a", "match"), hit("b", "review")], terms, null, now);
    expect(out.map((l) => [l.listedName, l.strength, l.federalRegisterNotice])).toEqual([
      ["Listed a", "match", "84 FR 54002"],
      ["Listed b", "review", null],
    ]);
  });

  it("skips a hit decided false positive while the entry is unchanged, and binds it again once it changed", () => {
    const fp = decided("false-positive", "h-a");
    expect(bindingListings([hit("a", "match")], terms, () => fp, now)).toEqual([]);
    expect(bindingListings([hit("a", "match", "h-a-edited")], terms, () => fp, now)).toHaveLength(1);
  });

  it("binds a related hit only when an officer confirmed it, and then as a match", () => {
    expect(bindingListings([hit("c", "related")], terms, null, now)).toEqual([]);
    const confirmed = decided("confirmed-match", "h-c");
    expect(bindingListings([hit("c", "related")], terms, () => confirmed, now)[0]?.strength).toBe("match");
  });
});
