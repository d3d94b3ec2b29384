import { describe, expect, it } from "vitest";
import { determineLine, determineLines, ruleSetFor, summarise } from "./determine";
import type { BuyerListing, CheckContext, LineFacts } from "./types";
import { lineWithEccn } from "./line-example";

const ctx: CheckContext = {
  asOf: "2024-06-01",
  destination: "CN",
  shipFrom: "US",
  buyer: { name: "Buyer", hqCountry: "CN", listings: [] },
  licences: [],
};
const line = (lineNo: number, eccn: string | null, valueMinor: number | null = 100): LineFacts => ({
  lineNo,
  manufacturer: null,
  mpn: null,
  description: null,
  quantity: 1,
  valueMinor,
  currency: "USD",
  eccn,
  eccnSource: eccn ? "bom" : null,
  catalogueMatch: null,
  countryOfOrigin: null,
  usContentPct: null,
});

describe("determineLines", () => {
  it("gives every line the verdict determineLine gives it alone", () => {
    const lines = [line(1, "3A090.a"), line(2, "EAR99"), line(3, "3A090.a"), line(4, null), line(5, "5A002.a")];
    const verdicts = determineLines(lines, ctx);
    lines.forEach((l, i) => {
      const { lineNo, ...alone } = determineLine(l, ctx);
      expect(lineNo).toBe(l.lineNo);
      expect(verdicts[i]).toEqual(alone);
    });
    expect(verdicts[0]).toBe(verdicts[2]); // shared, not recomputed
  });
});

describe("summarise", () => {
  it("counts lines and value by status, and takes the strictest status as the outcome", () => {
    const lines = [line(1, "3A090.a", 2_000_000), line(2, "EAR99", 500), line(3, null, null)];
    const s = summarise(lines, determineLines(lines, ctx));
    expect(s).toEqual({
      lines: 3,
      byStatus: { blocked: 1, licence_required: 0, authorised: 0, needs_classification: 1, nlr: 1 },
      valueByStatus: {
        blocked: { USD: 2_000_000 },
        licence_required: {},
        authorised: {},
        needs_classification: {},
        nlr: { USD: 500 },
      },
      outcome: "blocked",
    });
  });
});

describe("ruleSetFor", () => {
  it("picks the rule set in force on the date", () => {
    expect(ruleSetFor("2019-06-01").id).toBe("2019-10-09");
    expect(ruleSetFor("2022-03-01").id).toBe("2022-02-24");
    expect(ruleSetFor("2022-03-02").id).toBe("2022-03-02");
    // 88 FR 73458 was released 2023-10-17 but is effective 2023-11-17
    expect(ruleSetFor("2023-10-17").id).toBe("2023-01-17");
    expect(ruleSetFor("2023-11-16").id).toBe("2023-01-17");
    expect(ruleSetFor("2023-11-17").id).toBe("2023-11-17");
    expect(ruleSetFor("2024-12-30").id).toBe("2024-12-02");
    expect(ruleSetFor("2024-04-03").id).toBe("2023-11-17");
    expect(ruleSetFor("2024-04-04").id).toBe("2024-04-04");
    expect(ruleSetFor("2025-01-12").id).toBe("2024-12-31");
    expect(ruleSetFor("2025-01-13").id).toBe("2025-01-13");
    expect(ruleSetFor("2025-09-01").id).toBe("2025-05-13");
    expect(ruleSetFor("2025-09-02").id).toBe("2025-09-02");
    expect(ruleSetFor("2025-09-28").id).toBe("2025-09-02");
    expect(ruleSetFor("2026-01-01").id).toBe("2025-11-10");
    expect(ruleSetFor("2026-01-15").id).toBe("2026-01-15");
  });
});

describe("the review policy of each line", () => {
  const facts = (eccn: string): LineFacts => lineWithEccn(eccn);
  const at = (destination: string, listings: BuyerListing[] = []): CheckContext => ({
    asOf: "2024-06-01",
    destination,
    shipFrom: "US",
    buyer: { name: "Buyer", hqCountry: destination, listings },
    licences: [],
  });
  const listed = (licensePolicy: string): BuyerListing => ({
    sourceCode: "EL",
    listedName: "Listed",
    strength: "match",
    startDate: "2020-01-01",
    licenseRequirement: "For all items subject to the EAR.",
    licensePolicy,
    footnotes: null,
    federalRegisterNotice: null,
  });
  it.each([
    ["3A090.a to China (D:5): presumption of denial", facts("3A090.a"), at("CN"), "blocked", "presumption_of_denial"],
    ["3A090.a to Vietnam (D:1): case-by-case", facts("3A090.a"), at("VN"), "licence_required", "case_by_case"],
    ["5A992 to Russia: policy of denial (746.8)", facts("5A992"), at("RU"), "blocked", "policy_of_denial"],
    ["3A981 to China: see 742.7", facts("3A981"), at("CN"), "licence_required", "see_section"],
    [
      "EAR99 to a listed party with approval for EAR99",
      facts("EAR99"),
      at("DE", [listed("Case-by-case for all items listed on the CCL. Presumption of approval for EAR99 items")]),
      "licence_required",
      "presumption_of_approval",
    ],
    ["EAR99 to Germany: no licence, no policy", facts("EAR99"), at("DE"), "nlr", null],
  ] as const)("%s", (_name, line, ctx, status, policy) => {
    const r = determineLine(line, ctx);
    expect({ status: r.status, policy: r.policy }).toEqual({ status, policy });
  });
});
