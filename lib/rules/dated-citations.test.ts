// The dated scope and citation changes of the rules, each pinned the day before and the day it took effect, so a
// date moved by a day fails here. The dates and their sources are in rules.ts and country-groups.ts.
import { describe, expect, it } from "vitest";
import { determineLine } from "./determine";
import { lineWithEccn } from "./line-example";
import type { CheckContext, LineFacts } from "./types";

const line = (eccn: string): LineFacts => lineWithEccn(eccn);
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

describe("3A090.c (89 FR 96790, effective 2024-12-02, compliance from 2024-12-31)", () => {
  it("is not yet a control the day before it took effect", () => {
    expect(determine("3A090.c", "CN", "2024-12-01")).toMatchObject({
      status: "needs_classification",
      ruleId: "advanced-computing",
    });
  });
  it("is effective from 2024-12-02 but needs no licence before the compliance date", () => {
    for (const asOf of ["2024-12-02", "2024-12-30"]) {
      const r = determineLine(line("3A090.c"), ctx("CN", asOf));
      expect({ status: r.status, ruleId: r.ruleId }).toEqual({ status: "nlr", ruleId: "nlr" });
      expect(r.findings).toEqual([
        expect.objectContaining({
          ruleId: "advanced-computing",
          effect: "flag",
          citation: "15 CFR 742.6(a)(6)(i)(B) (89 FR 96790, 2024-12-02)",
        }),
      ]);
    }
  });
  it("needs a licence to China from 2024-12-31, citing 742.6(a)(6)(i)(B)", () => {
    expect(determine("3A090.c", "CN", "2024-12-31")).toEqual({
      status: "blocked",
      ruleId: "advanced-computing",
      citation: "15 CFR 742.6(a)(6)(i)(B), 742.6(b)(10) (89 FR 96790, 2024-12-02)",
    });
  });
  // ECCN 3A090 (eCFR 2026-07-23): "RS applies to 3A090.c => To or within Macau or a destination specified in
  // Country Group D:5"
  it.each([
    ["MO", "blocked"],
    ["VE", "blocked"],
    ["VN", "nlr"],
    ["SA", "nlr"],
    ["KZ", "nlr"],
    ["PK", "nlr"],
  ])("to %s (Macau and D:5 only, not D:1 or D:4): %s", (destination, status) => {
    expect(determine("3A090.c", destination, "2025-01-15").status).toBe(status);
  });
  it("leaves the other 3A090 items citing 88 FR 73458 alone", () => {
    expect(determine("3A090.a", "CN", "2024-12-31").citation).toBe(
      "15 CFR 742.6(a)(6)(iii), 742.6(b)(10) (88 FR 73458, 2023-11-17)",
    );
  });
});

describe("88 FR 73458: released 2023-10-17, effective 2023-11-17", () => {
  it("leaves the 2022 rule in force the day before: China cited under 87 FR 62186, Vietnam not reached", () => {
    expect(determine("3A090.a", "CN", "2023-11-16")).toEqual({
      status: "blocked",
      ruleId: "advanced-computing",
      citation: "15 CFR 742.6(a)(6) (87 FR 62186, 2022-10-07)",
    });
    expect(determine("3A090.a", "VN", "2023-10-17").status).toBe("nlr");
    expect(determine("3A090.a", "VN", "2023-11-16").status).toBe("nlr");
  });
  it("applies from 2023-11-17: D:1 Vietnam needs a licence, China cites 742.6(a)(6)(iii)", () => {
    expect(determine("3A090.a", "VN", "2023-11-17")).toEqual({
      status: "licence_required",
      ruleId: "advanced-computing",
      citation: "15 CFR 742.6(a)(6)(iii), 742.6(b)(10) (88 FR 73458, 2023-11-17)",
    });
    expect(determine("3A090.a", "CN", "2023-11-17").citation).toBe(
      "15 CFR 742.6(a)(6)(iii), 742.6(b)(10) (88 FR 73458, 2023-11-17)",
    );
  });
});

describe("the UAE after its move to A:5 (2026-07-10, date not confirmed)", () => {
  it("stays in the 3A090 destination scope: the 2026-07-23 text names it beside D:1, D:4, D:5", () => {
    for (const asOf of ["2026-07-09", "2026-07-10"])
      expect(determine("3A090.b", "AE", asOf)).toEqual({
        status: "licence_required",
        ruleId: "advanced-computing",
        citation: "15 CFR 742.6(a)(6)(iii), 742.6(b)(10) (88 FR 73458, 2023-11-17)",
      });
  });
});

describe("the 2022 rule's staged dates (87 FR 62186)", () => {
  it("has no 3A090 licence requirement the day before 2022-10-07, and one from that day (instruction 11, 742.6)", () => {
    expect(determine("3A090", "CN", "2022-10-06").status).toBe("nlr");
    expect(determine("3A090", "CN", "2022-10-07")).toEqual({
      status: "blocked",
      ruleId: "advanced-computing",
      citation: "15 CFR 742.6(a)(6) (87 FR 62186, 2022-10-07)",
    });
  });
});

describe("Russia from 2022-02-24 (87 FR 12226), Belarus from 2022-03-02 (87 FR 13048)", () => {
  it("Russia: nothing the day before, 746.8(a)(1) from 2022-02-24", () => {
    expect(determine("5A992", "RU", "2022-02-23").status).toBe("nlr");
    expect(determine("5A992", "RU", "2022-02-24")).toEqual({
      status: "blocked",
      ruleId: "russia-belarus",
      citation: "15 CFR 746.8(a)(1)",
    });
  });
  it("Belarus: nothing on 2022-03-01, 746.8(a)(1) from 2022-03-02", () => {
    expect(determine("5A992", "BY", "2022-03-01").status).toBe("nlr");
    expect(determine("5A992", "BY", "2022-03-02")).toEqual({
      status: "blocked",
      ruleId: "russia-belarus",
      citation: "15 CFR 746.8(a)(1)",
    });
  });
  it("CCL Categories 0-2 only from 2022-04-08 (87 FR 22130)", () => {
    expect(determine("2A991", "RU", "2022-04-07").status).toBe("nlr");
    expect(determine("2A991", "RU", "2022-04-08")).toEqual({
      status: "blocked",
      ruleId: "russia-belarus",
      citation: "15 CFR 746.8(a)(1)",
    });
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

describe("the headquarters test: 744.23(a)(3) from 2023-11-17, 742.6(a)(6)(iii)(A) for .a items from 2025-01-13", () => {
  const hqCn = (eccn: string, asOf: string) => {
    const c = { ...ctx("SG", asOf), buyer: { name: "Buyer", hqCountry: "CN", listings: [] } };
    const r = determineLine(line(eccn), c);
    return { status: r.status, ruleId: r.ruleId, citation: r.citation };
  };
  it("does not reach a Chinese-headquartered buyer in Singapore the day before 88 FR 73458", () => {
    expect(hqCn("3A090.a", "2023-11-16").status).toBe("nlr");
  });
  it("reaches it from 2023-11-17 under 744.23(a)(3)", () => {
    expect(hqCn("3A090.a", "2023-11-17")).toEqual({
      status: "blocked",
      ruleId: "advanced-computing",
      citation: "15 CFR 744.23(a)(3) (88 FR 73458, 2023-11-17)",
    });
    expect(hqCn("3A090.a", "2025-01-12").citation).toBe("15 CFR 744.23(a)(3) (88 FR 73458, 2023-11-17)");
  });
  it("cites 742.6(a)(6)(iii)(A) for 3A090.a from 2025-01-13 (90 FR 4544), 744.23(a)(3) still for 3A090.b", () => {
    expect(hqCn("3A090.a", "2025-01-13").citation).toBe("15 CFR 742.6(a)(6)(iii)(A) (90 FR 4544, 2025-01-13)");
    expect(hqCn("3A090.b", "2025-01-13").citation).toBe("15 CFR 744.23(a)(3) (88 FR 73458, 2023-11-17)");
  });
});

describe("the rule set in force follows the affiliates rule's versions", () => {
  it("names each version from its first day", async () => {
    const { affiliatesRuleVersions } = await import("./affiliates");
    const { ruleSetFor } = await import("./determine");
    for (const v of affiliatesRuleVersions) expect(ruleSetFor(v.from).id).toBe(v.from);
    expect(ruleSetFor("2025-11-09").id).toBe("2025-09-29");
    // 91 FR 1684's flag (2026-01-15) is the latest version before the suspension ends
    expect(ruleSetFor("2026-11-09").id).toBe("2026-01-15");
  });
});
