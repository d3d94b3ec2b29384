// The dated scope and citation changes of the rules, each pinned the day before and the day it took effect, so a
// date moved by a day fails here. The dates and their sources are in rules.ts and country-groups.ts.
import { describe, expect, it } from "vitest";
import { determineLine } from "./determine";
import type { CheckContext, LineFacts } from "./types";

const line = (eccn: string): LineFacts => ({
  lineNo: 1,
  manufacturer: null,
  mpn: null,
  description: null,
  quantity: 1,
  valueMinor: null,
  currency: null,
  eccn,
  eccnSource: "bom",
  catalogueMatch: null,
  countryOfOrigin: null,
  usContentPct: null,
});
const ctx = (destination: string, asOf: string): CheckContext => ({
  asOf,
  destination,
  shipFrom: "US",
  buyer: { name: "Buyer", hqCountry: null, listings: [] },
  licences: [],
});
const determine = (eccn: string, destination: string, asOf: string) => {
  const r = determineLine(line(eccn), ctx(destination, asOf));
  return { status: r.status, ruleId: r.ruleId, citation: r.citation };
};

describe("Macau in the 742.6(a)(6) destination scope (88 FR 2821, from 2023-01-17)", () => {
  it("does not reach Macau the day before", () => {
    expect(determine("3A090", "MO", "2023-01-16")).toEqual({
      status: "nlr",
      ruleId: "nlr",
      citation: "15 CFR 732.3",
    });
  });
  it("reaches Macau from 2023-01-17, citing the notice that added it", () => {
    expect(determine("3A090", "MO", "2023-01-17")).toEqual({
      status: "blocked",
      ruleId: "advanced-computing",
      citation: "15 CFR 742.6(a)(6) (87 FR 62186, 2022-10-07; 88 FR 2821, Macau from 2023-01-17)",
    });
  });
  it("reaches China under the 2022 rule on either day, citing 87 FR 62186 alone", () => {
    for (const asOf of ["2023-01-16", "2023-01-17"])
      expect(determine("3A090", "CN", asOf)).toEqual({
        status: "blocked",
        ruleId: "advanced-computing",
        citation: "15 CFR 742.6(a)(6) (87 FR 62186, 2022-10-07)",
      });
  });
});

describe("Russia's EAR99 sector sanctions: 746.5(a)(1) until 89 FR 51644 moved them into 746.8 (2024-06-12)", () => {
  it("cites 746.5(a)(1) the day before", () => {
    expect(determine("EAR99", "RU", "2024-06-11")).toEqual({
      status: "needs_classification",
      ruleId: "russia-belarus",
      citation: "15 CFR 746.5(a)(1), Supps. 2, 4, 6 to part 746",
    });
  });
  it("cites 746.8 from 2024-06-12", () => {
    expect(determine("EAR99", "RU", "2024-06-12")).toEqual({
      status: "needs_classification",
      ruleId: "russia-belarus",
      citation: "15 CFR 746.8(a)(2)-(3), Supps. 2, 4, 6 to part 746",
    });
  });
});

describe("3A090.c (89 FR 96790, from 2024-12-02)", () => {
  it("is not yet a control the day before", () => {
    expect(determine("3A090.c", "CN", "2024-12-01")).toMatchObject({
      status: "needs_classification",
      ruleId: "advanced-computing",
    });
  });
  it("cites 89 FR 96790 beside 88 FR 73458 from 2024-12-02", () => {
    expect(determine("3A090.c", "CN", "2024-12-02")).toEqual({
      status: "blocked",
      ruleId: "advanced-computing",
      citation: "15 CFR 742.6(a)(6)(iii), 742.6(b)(10) (88 FR 73458, 2023-10-17; 89 FR 96790, 2024-12-02)",
    });
  });
  it("leaves the other 3A090 items citing 88 FR 73458 alone", () => {
    expect(determine("3A090.a", "CN", "2024-12-02").citation).toBe(
      "15 CFR 742.6(a)(6)(iii), 742.6(b)(10) (88 FR 73458, 2023-10-17)",
    );
  });
});

describe("the embargo rule cites the destination's own section of part 746", () => {
  it.each([
    ["CU", "15 CFR 746.2"],
    ["KP", "15 CFR 746.4"],
    ["IR", "15 CFR 746.7"],
    ["SY", "15 CFR 746.9"],
  ])("%s: %s", (destination, citation) => {
    expect(determine("EAR99", destination, "2024-01-01")).toEqual({ status: "blocked", ruleId: "embargo", citation });
  });
});
