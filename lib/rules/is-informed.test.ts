import { describe, expect, it } from "vitest";
import { exporterKey, isInformedFinding, type IsInformedLetter } from "./is-informed";
import { lineWithEccn } from "./line-example";
import type { CheckContext } from "./types";

const letter: IsInformedLetter = {
  id: "l1",
  recipient: "Example Chips, Inc.",
  eccns: ["3A090"],
  products: ["H20"],
  tppRange: null,
  destinations: ["CN", "D:5"],
  headquarters: true,
  basis: "744.23",
  issuedOn: "2025-04-14",
  until: "2025-12-31",
  source: "letter on file",
};
const ctx = (over: Partial<CheckContext> = {}): CheckContext => ({
  asOf: "2025-06-01",
  destination: "CN",
  shipFrom: "US",
  buyer: { name: "Buyer", hqCountry: "CN", listings: [] },
  licences: [],
  exporter: { name: "EXAMPLE CHIPS INC", letters: [letter] },
  ...over,
});

describe("is-informed letters bind their recipient only, for their items, places and dates", () => {
  it("the recipient's name matches whatever its legal form and case", () => {
    expect(exporterKey("Example Chips, Inc.")).toBe(exporterKey("EXAMPLE CHIPS INC"));
    expect(exporterKey("Example Chips GmbH")).toBe("example chips");
  });
  it("a product named in the letter, to a destination it names: a licence, citing the letter", () => {
    const f = isInformedFinding(lineWithEccn("3A991", { description: "GPU board H20 96GB" }), ctx());
    expect(f).toMatchObject({
      ruleId: "is-informed",
      effect: "licence",
      citation: "15 CFR 744.23(b) (is-informed letter to Example Chips, Inc., 2025-04-14)",
    });
    expect(f!.reason).toContain("this line is the product H20, for the destination CN");
  });
  it("a product name is a whole word: H200 is not H20", () => {
    expect(isInformedFinding(lineWithEccn("3A991", { description: "H200 board" }), ctx())).toBeNull();
  });
  it("an ECCN prefix covers its paragraphs; a Country Group D:5 destination is read on the date", () => {
    expect(isInformedFinding(lineWithEccn("3A090.a"), ctx({ destination: "VE" }))?.ruleId).toBe("is-informed");
    expect(
      isInformedFinding(
        lineWithEccn("3A090.a"),
        ctx({ destination: "DE", buyer: { name: "B", hqCountry: "DE", listings: [] } }),
      ),
    ).toBeNull();
  });
  it("a buyer headquartered in a named destination is covered when the letter says so", () => {
    const f = isInformedFinding(lineWithEccn("3A090.a"), ctx({ destination: "SG" }));
    expect(f!.reason).toContain("the buyer's headquarters in CN");
  });
  it("before the letter, after its end, or for another exporter: nothing", () => {
    expect(isInformedFinding(lineWithEccn("3A090.a"), ctx({ asOf: "2025-04-13" }))).toBeNull();
    expect(isInformedFinding(lineWithEccn("3A090.a"), ctx({ asOf: "2026-01-01" }))).toBeNull();
    expect(
      isInformedFinding(lineWithEccn("3A090.a"), ctx({ exporter: { name: "Other Co", letters: [letter] } })),
    ).toBeNull();
  });
});
