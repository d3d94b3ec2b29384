// The foreign direct product rules (734.9) from the facts a BOM line carries: each rule the day before and the day
// it bound, and the three answers of "produced from US technology or software" (yes, no, unknown). Sources and
// dates in fdp.ts and rule-dates.ts.
import { describe, expect, it } from "vitest";
import { determineLine } from "./determine";
import { lineWithEccn } from "./line-example";
import type { BuyerListing, CheckContext, LineFacts } from "./types";

type Tech = "yes" | "no" | null;
const line = (eccn: string, tech: Tech, origin = "TW", usContentPct: number | null = 0): LineFacts =>
  lineWithEccn(eccn, { countryOfOrigin: origin, usContentPct, usTechProduct: tech });
const listing = (listedName: string, footnotes: string, startDate: string): BuyerListing => ({
  sourceCode: "EL",
  listedName,
  strength: "match",
  startDate,
  licenseRequirement: "For all items subject to the EAR.",
  licensePolicy: "Presumption of denial.",
  footnotes,
  federalRegisterNotice: null,
});
const ctx = (destination: string, asOf: string, listings: BuyerListing[] = [], hq: string | null = null) =>
  ({
    asOf,
    destination,
    shipFrom: "TW",
    buyer: { name: "Buyer", hqCountry: hq ?? destination, listings },
    licences: [],
  }) satisfies CheckContext;
const determine = (l: LineFacts, c: CheckContext) => {
  const r = determineLine(l, c);
  return { status: r.status, ruleId: r.ruleId, subjectTo: r.subjectTo.citation };
};

describe("734.9(h), the advanced-computing FDP rule", () => {
  it("a foreign-made H100-class chip with no US content, produced from US technology, to China needs a licence", () => {
    const r = determineLine(line("3A090.a", "yes"), ctx("CN", "2024-06-01"));
    expect({ status: r.status, ruleId: r.ruleId, subjectTo: r.subjectTo.citation }).toEqual({
      status: "blocked",
      ruleId: "advanced-computing",
      subjectTo: "15 CFR 734.9(h)",
    });
    expect(r.findings[0]).toMatchObject({ ruleId: "subject-to-ear", effect: "flag", citation: "15 CFR 734.9(h)" });
    expect(r.assumptions).toEqual([]);
  });
  it("not produced from US technology: de minimis decides, and 0 % US content is outside the EAR", () => {
    expect(determine(line("3A090.a", "no"), ctx("CN", "2024-06-01"))).toEqual({
      status: "nlr",
      ruleId: "subject-to-ear",
      subjectTo: "15 CFR 734.4",
    });
  });
  it("unknown: assumed produced from US technology, and the assumption says what it leads to", () => {
    const r = determineLine(line("3A090.a", null), ctx("CN", "2024-06-01"));
    expect(r.status).toBe("blocked");
    expect(r.assumptions).toEqual([
      expect.stringContaining("assumed so, which brings it under 15 CFR 734.9(h) (the advanced-computing licence"),
    ]);
  });
  it("outside the destination scope (Germany, buyer headquartered there) the rule does not reach it", () => {
    expect(determine(line("3A090.a", "yes"), ctx("DE", "2024-06-01"))).toEqual({
      status: "nlr",
      ruleId: "subject-to-ear",
      subjectTo: "15 CFR 734.4",
    });
  });
  it("binds from 2022-10-21 (87 FR 62186's FDP instructions), not 2022-10-20", () => {
    expect(determine(line("3A090", "yes"), ctx("CN", "2022-10-20")).status).toBe("nlr");
    expect(determine(line("3A090", "yes"), ctx("CN", "2022-10-21"))).toEqual({
      status: "blocked",
      ruleId: "advanced-computing",
      subjectTo: "15 CFR 734.9(h)",
    });
  });
  it("names 734.9(i) as an assumption for a D:5 destination: supercomputer end use is not a line fact", () => {
    const r = determineLine(line("3A991", "yes"), ctx("CN", "2024-06-01"));
    expect(r.status).toBe("nlr");
    expect(r.assumptions).toEqual([expect.stringContaining("15 CFR 734.9(i)")]);
  });
});

describe("Entity List footnote FDP rules", () => {
  const huawei = [listing("Huawei Technologies Co., Ltd.", "1", "2019-05-16")];
  const dram = line("EAR99", "yes", "KR", 0);
  it("footnote 1 (Huawei, 734.9(e)(1)): nothing the day before 2020-05-15, a licence from that day", () => {
    expect(determine(dram, ctx("CN", "2020-05-14", huawei))).toEqual({
      status: "nlr",
      ruleId: "subject-to-ear",
      subjectTo: "15 CFR 734.4",
    });
    expect(determine(dram, ctx("CN", "2020-05-15", huawei))).toEqual({
      status: "blocked",
      ruleId: "entity-list",
      subjectTo: "15 CFR 734.9(e)(1)",
    });
  });
  it("footnote 1 before 2020-08-17 reached only items from Huawei's designs: said as an assumption", () => {
    expect(determineLine(dram, ctx("CN", "2020-08-16", huawei)).assumptions).toEqual([
      expect.stringContaining("before 2020-08-17 footnote 1 reached only items produced from Huawei's own designs"),
    ]);
    expect(determineLine(dram, ctx("CN", "2020-08-17", huawei)).assumptions).toEqual([]);
  });
  it("foreign-made parts to Huawei that are not produced from US technology stay outside the EAR", () => {
    expect(determine(line("EAR99", "no", "KR", 0), ctx("CN", "2024-06-01", huawei)).status).toBe("nlr");
  });
  it("footnote 4 (734.9(e)(2)): from 2022-10-21", () => {
    const nudt = [listing("National University of Defense Technology (NUDT)", "4", "2015-02-18")];
    expect(determine(dram, ctx("CN", "2022-10-20", nudt)).status).toBe("nlr");
    expect(determine(dram, ctx("CN", "2022-10-21", nudt))).toEqual({
      status: "blocked",
      ruleId: "entity-list",
      subjectTo: "15 CFR 734.9(e)(2)",
    });
  });
  it("footnote 5 (734.9(e)(3)): semiconductor manufacturing equipment only, from the 2024-12-31 compliance date", () => {
    const fn5 = [listing("A footnote 5 fab", "5", "2020-12-22")];
    const tool = line("3B001.c", "yes", "JP", 0);
    expect(determine(tool, ctx("CN", "2024-12-30", fn5)).status).toBe("nlr");
    expect(determine(tool, ctx("CN", "2024-12-31", fn5))).toEqual({
      status: "blocked",
      ruleId: "entity-list",
      subjectTo: "15 CFR 734.9(e)(3)",
    });
    expect(determine(line("3A991", "yes", "JP", 0), ctx("CN", "2024-12-31", fn5)).status).toBe("nlr");
  });
  it("footnote 3 (734.9(g)): from 2022-02-24", () => {
    const cetc = [listing("CETC 13", "3", "2018-08-01")];
    expect(determine(dram, ctx("CN", "2022-02-23", cetc)).status).toBe("nlr");
    expect(determine(dram, ctx("CN", "2022-02-24", cetc))).toEqual({
      status: "blocked",
      ruleId: "entity-list",
      subjectTo: "15 CFR 734.9(g)",
    });
  });
  it("a footnote binds only from the buyer's listing date", () => {
    const later = [listing("Listed later", "1", "2023-01-01")];
    expect(determine(dram, ctx("CN", "2022-12-31", later)).status).toBe("nlr");
  });
});
