import { describe, expect, it } from "vitest";
import { rawLine, unitPriceE4 } from "./raw-line";

describe("rawLine", () => {
  it("keeps decimal prices exact, in ten-thousandths", () => {
    expect(unitPriceE4("0.1")).toBe(1000);
    expect(unitPriceE4("1234.5678")).toBe(12_345_678);
    expect(unitPriceE4(null)).toBeNull();
    expect(() => unitPriceE4("0.12345")).toThrow(/more than 4 decimal places/);
  });

  it("numbers a given line, writes codes upper case and fills what was not given", () => {
    expect(rawLine({ mpn: "TPS7A02", quantity: 2, countryOfOrigin: "cn", currency: "usd" }, 3)).toEqual({
      lineNo: 3,
      manufacturer: null,
      mpn: "TPS7A02",
      description: null,
      quantity: 2,
      unitPriceE4: null,
      currency: "USD",
      eccn: null,
      countryOfOrigin: "CN",
      usContentPct: null,
      usTechProduct: null,
      dnp: false,
      override: null,
    });
  });
});
