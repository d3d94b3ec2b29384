import { describe, expect, it } from "vitest";
import { formatMinor, toMinorUnits } from "./money";

describe("money", () => {
  it("parses amounts to minor units without float error", () => {
    expect(toMinorUnits("25000.00")).toBe(2_500_000n);
    expect(toMinorUnits("0.1")).toBe(10n);
    expect(toMinorUnits("1,250.5")).toBe(125_050n);
    expect(toMinorUnits("650000000", 0)).toBe(650_000_000n);
  });
  it("refuses text and excess precision", () => {
    expect(() => toMinorUnits("12a")).toThrow('"12a" is not an amount');
    expect(() => toMinorUnits("1.005")).toThrow("more than 2 decimal places");
  });
  it("formats with thousands separators", () => {
    expect(formatMinor(2_500_000n)).toBe("25,000.00");
    expect(formatMinor(-5n)).toBe("-0.05");
    expect(formatMinor(3_450_000_000n, 0)).toBe("3,450,000,000");
  });
});
