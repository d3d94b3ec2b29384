import { describe, expect, it } from "vitest";
import { formatMinor, toMinorUnits, toMinorUnitsNumber } from "./money";

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
  it("gives the same value as a Number on the fast path, and falls back to BigInt beyond it", () => {
    for (const [amount, d] of [
      ["90.1921", 4],
      ["0.5", 4],
      ["12", 4],
      ["25000.00", 2],
      ["1.05", 2],
      ["999999999999999.9999", 4],
    ] as const) {
      expect(BigInt(toMinorUnitsNumber(amount, d))).toBe(toMinorUnits(amount, d));
    }
    expect(toMinorUnitsNumber("1,250.5", 2)).toBe(125050n);
    expect(typeof toMinorUnitsNumber("90.1921", 4)).toBe("number");
    expect(() => toMinorUnitsNumber("1.23456", 4)).toThrow(/more than 4 decimal places/);
  });
});
