import { describe, expect, it } from "vitest";
import { noFilters } from "./filters";
import { exposureHref, hitsHref } from "./links";

describe("overview drill-down links", () => {
  it("leads a hits figure to the hits table with the same facets", () => {
    expect(hitsHref(noFilters, { queue: "awaiting decision" })).toBe(
      "/screening?hf.queue=awaiting+decision#parties-heading",
    );
    expect(hitsHref({ destination: "CN" }, { expiry: "expires within 30 days" })).toBe(
      "/screening?hf.expiry=expires+within+30+days&hf.partyCountry=CN#parties-heading",
    );
    expect(hitsHref({ destination: "CN" }, { country: "RU" })).toBe("/screening?hf.partyCountry=RU#parties-heading");
  });
  it("keeps the overview's filters on the exposure page and adds the table facet", () => {
    const f = { ...noFilters, from: "2024-01-01", productLine: "pl1" };
    expect(exposureHref(f, { status: "blocked" })).toBe(
      "/boms/exposure?from=2024-01-01&productLine=pl1&lf.status=blocked#lines-heading",
    );
    expect(exposureHref(noFilters, {}, "checks")).toBe("/boms/exposure#checks-heading");
    expect(exposureHref(noFilters, { part: "NVIDIA H100 SXM5" })).toBe(
      "/boms/exposure?lf.part=NVIDIA+H100+SXM5#lines-heading",
    );
  });
});
