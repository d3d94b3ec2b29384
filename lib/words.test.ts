import { describe, expect, it } from "vitest";
import { countOf, humanField } from "./words";

describe("countOf", () => {
  it("uses the singular for one and the plural otherwise, with thousands separators", () => {
    expect(countOf(1, "row")).toBe("1 row");
    expect(countOf(0, "row")).toBe("0 rows");
    expect(countOf(1234, "row")).toBe("1,234 rows");
    expect(countOf(2, "entry", "entries")).toBe("2 entries");
  });
});

describe("humanField", () => {
  it("turns stored names into words, acronyms in capitals", () => {
    expect(humanField("quarantineReason")).toBe("quarantine reason");
    expect(humanField("unitPriceE4")).toBe("unit price");
    expect(humanField("row_number")).toBe("row number");
    expect(humanField("eccn")).toBe("ECCN");
    expect(humanField("countryOfOrigin")).toBe("country of origin");
    expect(humanField("lineNos")).toBe("line numbers");
    expect(humanField("constructor")).toBe("constructor");
  });
});
