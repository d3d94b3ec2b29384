import { describe, expect, it } from "vitest";
import type { RawLine } from "../rules/line-facts";
import type { BuyerListing, CheckContext, LineStatus } from "../rules/types";
import { dayBefore, isCalendarDate, resolveRuleSet, ruleChangesBetween } from "./rule-set";
import { pinToRuleDate } from "./pin";
import { replayCheck, type ReplayCheck } from "./compare";
import { orderChanges, summariseReplay } from "./summary";

const line = (lineNo: number, eccn: string | null, priceE4: number | null, more: Partial<RawLine> = {}): RawLine => ({
  lineNo,
  manufacturer: "NVIDIA",
  mpn: `PART-${lineNo}`,
  description: `part ${lineNo}`,
  quantity: 2,
  unitPriceE4: priceE4,
  currency: "USD",
  eccn,
  countryOfOrigin: null,
  usContentPct: null,
  dnp: false,
  override: null,
  ...more,
});

const entityListing: BuyerListing = {
  sourceCode: "EL",
  listedName: "Listed Buyer Co",
  strength: "match",
  startDate: "2024-03-01",
  licenseRequirement: "For all items subject to the EAR",
  licensePolicy: "Presumption of denial",
  footnotes: null,
  federalRegisterNotice: "89 FR 0001",
};

const ctx = (over: Partial<CheckContext> = {}): CheckContext => ({
  asOf: "2026-06-01",
  destination: "CN",
  shipFrom: "US",
  buyer: { name: "Buyer Co", hqCountry: "CN", listings: [] },
  licences: [],
  ...over,
});

const check = (over: Partial<ReplayCheck> = {}): ReplayCheck => ({
  determinationId: "d1",
  bomId: "b1",
  bomName: "GPU server",
  buyerKey: "p1",
  buyerName: "Buyer Co",
  destination: "CN",
  productLine: "Servers",
  recorded: new Map<number, LineStatus>([
    [1, "blocked"],
    [2, "nlr"],
  ]),
  // line 1: an advanced-computing chip, 2 x 25,000.00 USD; line 2: EAR99, 2 x 1.00 USD
  lines: [line(1, "3A090.a", 250_000_000), line(2, "EAR99", 10_000)],
  declarations: [],
  ctx: ctx(),
  ...over,
});

describe("resolveRuleSet", () => {
  it("takes a version id as the rules of that version, on its own date", () => {
    expect(resolveRuleSet("2023-11-17")).toMatchObject({
      asOf: "2023-11-17",
      kind: "version",
      version: { id: "2023-11-17" },
    });
  });
  it("takes any other date as the rules in force that day", () => {
    expect(resolveRuleSet("2022-10-06")).toMatchObject({
      asOf: "2022-10-06",
      kind: "date",
      version: { id: "2022-03-02" },
    });
  });
  it("refuses a date that is not on the calendar, and names what it expected", () => {
    expect(() => resolveRuleSet("2023-02-30")).toThrow('rules "2023-02-30": not a calendar date (expected YYYY-MM-DD)');
    expect(isCalendarDate("2024-02-29")).toBe(true);
  });
  it("refuses an unknown version, listing the versions", () => {
    expect(() => resolveRuleSet("v2")).toThrow(
      /rules "v2": no such rule-set version; expected one of 2019-10-09, .*2022-10-07/,
    );
    expect(() => resolveRuleSet(" ")).toThrow(/Name the rules to replay against/);
  });
  it("lists the versions that took effect after one date and up to another", () => {
    expect(ruleChangesBetween("2022-10-06", "2023-01-17").map((v) => v.id)).toEqual([
      "2022-10-07",
      "2022-10-21",
      "2023-01-17",
    ]);
    expect(ruleChangesBetween("2023-01-17", "2023-11-16")).toEqual([]);
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
  });
});

describe("pinToRuleDate", () => {
  it("keeps a listing that bound on the check's date binding on an earlier rule date, without its later start", () => {
    const pinned = pinToRuleDate(
      ctx({ buyer: { name: "B", hqCountry: "CN", listings: [entityListing] } }),
      "2022-10-06",
    );
    expect(pinned.asOf).toBe("2022-10-06");
    expect(pinned.buyer.listings).toEqual([{ ...entityListing, startDate: null }]);
  });
  it("leaves out a listing that did not yet bind on the check's date, even for a later rule date", () => {
    const later = { ...entityListing, startDate: "2026-09-01" };
    const pinned = pinToRuleDate(ctx({ buyer: { name: "B", hqCountry: "CN", listings: [later] } }), "2026-11-10");
    expect(pinned.buyer.listings).toEqual([]);
  });
  it("holds a licence valid on the check's date on the rule date, and drops one that was not", () => {
    const held = {
      number: "L1",
      eccns: ["*"],
      destination: null,
      validFrom: "2025-01-01",
      validTo: "2026-12-31",
      partyMatches: true,
    };
    const expired = { ...held, number: "L0", validFrom: "2020-01-01", validTo: "2021-01-01" };
    const pinned = pinToRuleDate(ctx({ licences: [held, expired] }), "2022-10-06");
    expect(pinned.licences).toEqual([{ ...held, validFrom: "2022-10-06" }]);
  });
});

describe("replayCheck", () => {
  it("finds the advanced-computing line that needed no licence before 2022-10-07, with rule, citation and value", () => {
    const r = replayCheck(check(), [], "2022-10-06");
    expect(r.linesCompared).toBe(2);
    expect(r.recordedDiffers).toBe(0);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({
      lineNo: 1,
      part: "NVIDIA PART-1",
      from: { status: "blocked", ruleId: "advanced-computing", eccn: "3A090.a" },
      to: { status: "nlr", ruleId: "nlr", citation: "15 CFR 732.3" },
      valueMinor: 5_000_000,
      currency: "USD",
      recordedDiffers: null,
    });
    expect(r.changes[0]!.from.citation).toMatch(/^15 CFR 742\.6\(a\)\(6\)\(iii\)/);
  });
  it("changes nothing when the rules are the same ones", () => {
    expect(replayCheck(check(), [], "2026-06-01").changes).toEqual([]);
  });
  it("keeps an Entity List listing from 2024 binding against the 2022 rules: only the rule change shows", () => {
    const listed = check({ ctx: ctx({ buyer: { name: "B", hqCountry: "CN", listings: [entityListing] } }) });
    const r = replayCheck(listed, [], "2022-10-06");
    expect(r.changes.map((c) => c.lineNo)).toEqual([]); // both lines stay blocked by the Entity List
  });
  it("shows a list version without the buyer's listing as lines that are no longer blocked", () => {
    const listed = check({
      ctx: ctx({ buyer: { name: "B", hqCountry: "CN", listings: [entityListing] } }),
      recorded: new Map<number, LineStatus>([
        [1, "blocked"],
        [2, "blocked"],
      ]),
      replayListings: [],
    });
    const r = replayCheck(listed, [], "2026-06-01");
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({
      lineNo: 2,
      from: { status: "blocked", ruleId: "entity-list", citation: "15 CFR 744.11, 744.16" },
      to: { status: "nlr" },
      valueMinor: 200, // 2 x 1.00 USD in cents
    });
  });
  it("says when the recorded status no longer matches a run of the same check (the facts moved)", () => {
    const r = replayCheck(
      check({ recorded: new Map<number, LineStatus>([[1, "licence_required"]]) }),
      [],
      "2022-10-06",
    );
    expect(r.recordedDiffers).toBe(1);
    expect(r.changes[0]!.recordedDiffers).toBe("licence_required");
  });
  it("leaves out lines not shipped (DNP)", () => {
    const r = replayCheck(check({ lines: [line(1, "3A090.a", 1, { dnp: true })] }), [], "2022-10-06");
    expect(r).toEqual({ linesCompared: 0, changes: [], recordedDiffers: 0 });
  });
});

describe("summariseReplay", () => {
  it("counts and values the changes per currency, by transition, customer and BOM", () => {
    const eur = check({
      determinationId: "d2",
      bomId: "b2",
      bomName: "Edge box",
      productLine: null,
      lines: [line(1, "3A090.a", 10_000_000, { currency: "EUR" }), line(2, "3A090.a", null)],
    });
    const other = check({ determinationId: "d3", buyerKey: "p2", buyerName: "Another Buyer", bomId: "b1" });
    const s = summariseReplay([check(), eur, other].map((c) => replayCheck(c, [], "2022-10-06")));
    expect(s).toMatchObject({
      checks: 3,
      linesCompared: 6,
      linesChanged: 4,
      stricter: 0,
      looser: 4,
      valueByCurrency: { USD: 10_000_000, EUR: 200_000 },
      unpriced: 1,
      customers: 2,
      boms: 2,
      byTransition: [{ from: "blocked", to: "nlr", lines: 4, valueByCurrency: { USD: 10_000_000, EUR: 200_000 } }],
    });
    expect(s.byCustomer.map((g) => [g.label, g.lines, g.detail, g.valueByCurrency])).toEqual([
      ["Buyer Co", 3, "2 BOMs", { USD: 5_000_000, EUR: 200_000 }],
      ["Another Buyer", 1, "1 BOM", { USD: 5_000_000 }],
    ]);
    expect(s.byBom.map((g) => [g.label, g.detail, g.lines, g.unpriced])).toEqual([
      ["GPU server", "Servers", 2, 0],
      ["Edge box", "(no product line)", 2, 1],
    ]);
  });
  it("orders changed lines by customer, BOM and line", () => {
    const a = replayCheck(check({ buyerName: "Zed" }), [], "2022-10-06").changes;
    const b = replayCheck(check({ buyerName: "Acme", determinationId: "d9" }), [], "2022-10-06").changes;
    expect(orderChanges([...a, ...b]).map((c) => c.buyerName)).toEqual(["Acme", "Zed"]);
  });
});
