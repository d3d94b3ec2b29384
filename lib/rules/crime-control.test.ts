// "x9xx = anti-terrorism only" was wrong: the x98x entries are crime control or surreptitious listening, the 900
// series carries NS/RS worldwide. The entries' License Requirements are quoted in crime-control.ts.
import { describe, expect, it } from "vitest";
import { antiTerrorismOnly, crimeControlOf } from "./crime-control";
import { determineLine } from "./determine";
import { lineWithEccn } from "./line-example";
import type { CheckContext, LineFacts } from "./types";

const line = (eccn: string): LineFacts => lineWithEccn(eccn);
const ctx = (destination: string): CheckContext => ({
  asOf: "2025-06-01",
  destination,
  shipFrom: "US",
  buyer: { name: "Buyer", hqCountry: null, listings: [] },
  licences: [],
});
const determine = (eccn: string, destination: string) => {
  const r = determineLine(line(eccn), ctx(destination));
  return { status: r.status, ruleId: r.ruleId, citation: r.citation };
};

describe("crime control and surreptitious listening (x98x)", () => {
  it("a 3A981 item to China needs a licence (CC Column 1, 742.7)", () => {
    expect(determine("3A981", "CN")).toEqual({
      status: "licence_required",
      ruleId: "crime-control",
      citation: "15 CFR 742.7",
    });
  });
  it.each(["3A980", "4A980", "0A978", "9A980"])("%s to China needs a licence (CC Column 1)", (eccn) => {
    expect(determine(eccn, "CN").ruleId).toBe("crime-control");
  });
  it("CC Column 1 has no X for Germany: 3A981 to Germany needs none", () => {
    expect(determine("3A981", "DE")).toEqual({ status: "nlr", ruleId: "nlr", citation: "15 CFR 732.3" });
  });
  it("0A982 needs a licence everywhere but Canada", () => {
    expect(determine("0A982", "DE").status).toBe("licence_required");
    expect(determine("0A982", "CA").status).toBe("nlr");
  });
  it("0A981 and 0A983 need a licence for every destination, Canada included", () => {
    expect(determine("0A981", "CA").status).toBe("licence_required");
    expect(determine("0A983", "CA").status).toBe("licence_required");
  });
  it("5A980 (surreptitious listening) needs a licence for every destination (742.13)", () => {
    expect(determine("5A980", "DE")).toEqual({
      status: "licence_required",
      ruleId: "crime-control",
      citation: "15 CFR 742.13",
    });
  });
  it("an x98x entry outside the table (1C980, short supply) is sent to classification, never cleared", () => {
    expect(determine("1C980", "DE")).toMatchObject({ status: "needs_classification", ruleId: "crime-control" });
  });
});

describe("anti-terrorism only", () => {
  it.each(["3A991", "3A991.p", "4A994", "5A992.c", "5A991"])("%s to China: no licence required", (eccn) => {
    expect(antiTerrorismOnly(eccn)).toBe(true);
    expect(determine(eccn, "CN")).toEqual({ status: "nlr", ruleId: "nlr", citation: "15 CFR 732.3" });
  });
  it("AT only still needs a licence to the embargoed destinations (AT Column 1, part 746)", () => {
    expect(determine("3A991", "SY").ruleId).toBe("embargo");
  });
  it.each(["3A901", "3A992", "6A998", "5A992.z"])("%s is not assumed AT only", (eccn) => {
    expect(antiTerrorismOnly(eccn)).toBe(false);
    expect(crimeControlOf(eccn)).toBeNull();
  });
  it("a 900-series entry (3A901: NS and RS worldwide) goes to the country-chart rule, a licence assumed", () => {
    expect(determine("3A901", "DE")).toMatchObject({ status: "licence_required", ruleId: "ccl-chart" });
  });
});
