import { describe, expect, it } from "vitest";
import {
  checkAmount,
  checkCountry,
  checkDate,
  checkHts,
  checkEccn,
  checkOneOf,
  checkPeriod,
  checkText,
  checkWholeNumber,
  isFormula,
} from "./fields";

describe("field checks", () => {
  it("refuses spreadsheet formulas but keeps ordinary leading signs", () => {
    expect(isFormula("=cmd|' /C calc'!A0")).toBe(true);
    expect(isFormula("@SUM(A1)")).toBe(true);
    expect(isFormula('+HYPERLINK("x")')).toBe(true);
    expect(isFormula("-40 to 85 C")).toBe(false);
    expect(checkText("=cmd|' /C calc'!A0")).toEqual({ ok: false, expected: "plain text, not a spreadsheet formula" });
  });
  it("checks quantities", () => {
    expect(checkWholeNumber("1,024")).toEqual({ ok: true, value: 1024 });
    expect(checkWholeNumber("-2")).toEqual({ ok: false, expected: "a whole number of 0 or more" });
    expect(checkWholeNumber("2.5")).toEqual({ ok: false, expected: "a whole number of 0 or more" });
    expect(checkWholeNumber("1,000,000")).toEqual({ ok: true, value: 1_000_000 });
    // a comma not between thousands may be a decimal comma: refused, never read as 15 or 12
    for (const v of ["1,5", "12,", ",5", "1,00", "1,0000"])
      expect(checkWholeNumber(v), v).toEqual({
        ok: false,
        expected: "a whole number of 0 or more (a comma only between thousands, as in 1,250)",
      });
  });
  it("checks amounts", () => {
    expect(checkAmount("25,000.00")).toEqual({ ok: true, value: "25000.00" });
    expect(checkAmount("12abc")).toEqual({ ok: false, expected: "an amount such as 1250.50" });
    expect(checkAmount("-1")).toEqual({ ok: false, expected: "an amount of 0 or more" });
    expect(checkAmount("1 250.50")).toEqual({ ok: true, value: "1250.50" });
    for (const v of ["12,50", "1,2,3", "1 25", "1,250 000"])
      expect(checkAmount(v), v).toEqual({
        ok: false,
        expected: "an amount such as 1250.50 (a comma only between thousands, as in 1,250)",
      });
  });
  it("normalises ECCNs and refuses unknown strings", () => {
    expect(checkEccn("3a090.A")).toEqual({ ok: true, value: "3A090.a" });
    expect(checkEccn("ear99")).toEqual({ ok: true, value: "EAR99" });
    expect(checkEccn("5A992.c")).toEqual({ ok: true, value: "5A992.c" });
    expect(checkEccn("3A9999")).toEqual({ ok: false, expected: "an ECCN such as 3A090.a or EAR99" });
    expect(checkEccn("dual use")).toEqual({ ok: false, expected: "an ECCN such as 3A090.a or EAR99" });
  });
  it("checks countries, vocabularies and periods", () => {
    expect(checkCountry("cn")).toEqual({ ok: true, value: "CN" });
    expect(checkCountry("China")).toEqual({ ok: false, expected: "a two-letter ISO country code such as CN or DE" });
    expect(checkOneOf("Ship To", ["customer", "supplier", "ship-to"] as const)).toEqual({ ok: true, value: "ship-to" });
    expect(checkOneOf("", ["customer", "supplier"] as const, "customer")).toEqual({ ok: true, value: "customer" });
    expect(checkPeriod("2024-q3")).toEqual({ ok: true, value: "2024-Q3" });
    expect(checkPeriod("FY24")).toEqual({ ok: false, expected: "a period: a year (2024) or a quarter (2024-Q3)" });
  });
});

describe("amount precision", () => {
  it("allows four decimals where asked (component prices), refuses more", () => {
    expect(checkAmount("11.8460", { decimals: 4 })).toEqual({ ok: true, value: "11.8460" });
    expect(checkAmount("0.00015", { decimals: 4 })).toEqual({
      ok: false,
      expected: "an amount with at most 4 decimal places",
    });
    expect(checkAmount("1.005")).toEqual({ ok: false, expected: "an amount with at most 2 decimal places" });
  });
});

describe("classification fields", () => {
  it("reads HTS codes dotted or not, and refuses other text", () => {
    expect(checkHts("8542.31.0000")).toEqual({ ok: true, value: "8542.31.0000" });
    expect(checkHts("8542310000")).toEqual({ ok: true, value: "8542310000" });
    expect(checkHts("85-42")).toEqual({ ok: false, expected: "an HTS code such as 8542.31.0000" });
  });
  it("reads real calendar dates only", () => {
    expect(checkDate("2026-02-28")).toEqual({ ok: true, value: "2026-02-28" });
    expect(checkDate("2026-02-30")).toEqual({ ok: false, expected: "a date such as 2026-03-01 (YYYY-MM-DD)" });
    expect(checkDate("", { required: true })).toEqual({
      ok: false,
      expected: "a date such as 2026-03-01 (this column is required)",
    });
  });
});
