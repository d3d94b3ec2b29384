// Country Group membership against Supplement No. 1 to part 740 as the eCFR of 2026-07-23 has it (the facts and
// their sources are in country-groups.ts): each correction the review asked for is pinned here.
import { describe, expect, it } from "vitest";
import { countryGroups, groupsOf, inGroup } from "./country-groups";

const members = (g: keyof typeof countryGroups, asOf: string) =>
  countryGroups[g]
    .filter((x) => (!x.from || asOf >= x.from) && (!x.until || asOf < x.until))
    .map((x) => x.code)
    .sort();

describe("Country Groups, Supp. No. 1 to part 740 (eCFR 2026-07-23)", () => {
  it("Cyprus is in A:6, not D:5", () => {
    expect(groupsOf("CY", "2026-07-23")).toEqual(["A6"]);
  });
  it("Iran is not in D:1 (D:4, D:5 and E:1 here)", () => {
    expect(groupsOf("IR", "2026-07-23")).toEqual(["D4", "D5", "E1"]);
  });
  it("D:4 holds Belarus and Venezuela", () => {
    expect(inGroup("BY", "D4", "2024-01-01")).toBe(true);
    expect(inGroup("VE", "D4", "2024-01-01")).toBe(true);
  });
  it("A:6 is exactly Albania, Cyprus, Israel, Malta, Mexico, Singapore, South Africa, Taiwan", () => {
    expect(members("A6", "2026-07-23")).toEqual(["AL", "CY", "IL", "MT", "MX", "SG", "TW", "ZA"]);
  });
  it("A:5 has 38 destinations on 2026-07-23, the UAE among them and not the United States", () => {
    expect(members("A5", "2026-07-23")).toHaveLength(38);
    expect(inGroup("US", "A5", "2026-07-23")).toBe(false);
  });
  it("the UAE moves from D:4 to A:5 on 2026-07-10 (91 FR 43034: date not confirmed, see country-groups.ts)", () => {
    expect(groupsOf("AE", "2026-07-09")).toEqual(["D4"]);
    expect(groupsOf("AE", "2026-07-10")).toEqual(["A5"]);
  });
  it("Cambodia leaves D:5 on 2026-02-03", () => {
    expect(inGroup("KH", "D5", "2026-02-02")).toBe(true);
    expect(inGroup("KH", "D5", "2026-02-03")).toBe(false);
  });
  it("Macau is in D:1 and D:4, not D:5", () => {
    expect(groupsOf("MO", "2026-07-23")).toEqual(["D1", "D4"]);
  });
});
