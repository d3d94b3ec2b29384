import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseCell, toSafeCsv, toSafeCsvCell } from "./safe-csv";

describe("CSV export safety", () => {
  it.each(["=cmd|' /C calc'!A0", "+SUM(1)", "-2+3", "-1+2", "@SUM(A1)", "\tx", "\rx", "\t=1+1", "\r=1+1"])(
    "neutralises %j",
    (v) => {
      expect(neutraliseCell(v)).toBe(`'${v}`);
    },
  );
  it.each([" =1+1", "   +1", "\n@SUM(1)", " -1+2", "\uFF1D1+1"])("neutralises %j after leading whitespace", (v) => {
    expect(neutraliseCell(v)).toBe(`'${v}`);
  });
  it.each([
    [-719352000, "-719352000"],
    [-12.5, "-12.5"],
    ["-719352000", "-719352000"],
    ["-12.5", "-12.5"],
    ["-.5", "-.5"],
    ["1e-7", "1e-7"],
    [0, "0"],
  ])("keeps the number %j a number", (v, written) => {
    expect(neutraliseCell(v)).toBe(written);
    expect(toSafeCsvCell(v)).toBe(written);
  });
  it("writes a bigint as a number", () => expect(toSafeCsvCell(-3n)).toBe("-3"));
  it("leaves ordinary values alone", () => expect(neutraliseCell("NVIDIA H100")).toBe("NVIDIA H100"));
  it.each([
    ["ACME;=1+2;@SUM(1)", '"ACME;=1+2;@SUM(1)"'],
    ["a,b", '"a,b"'],
    ["a\tb", '"a\tb"'],
    ['say "hi"', '"say ""hi"""'],
    ["a\r\nb", '"a\r\nb"'],
    [" =1+1", "' =1+1"],
  ])("quotes %j for every common locale's separator", (v, written) => {
    expect(toSafeCsvCell(v)).toBe(written);
  });
  it("a semicolon-delimited reader keeps a quoted cell whole", () => {
    const csv = toSafeCsv(["buyer"], [["ACME;=1+2;@SUM(1)"]]);
    expect(Papa.parse(csv.trim(), { delimiter: ";" }).data).toEqual([["buyer"], ["ACME;=1+2;@SUM(1)"]]);
  });
  it("quotes commas, quotes and newlines, and round-trips through a CSV parser", () => {
    const csv = toSafeCsv(
      ["row", "value", "amount"],
      [
        [2, 'a, "b"\nc', -719352000],
        [3, "=1+1", "-12.5"],
      ],
    );
    expect(Papa.parse(csv.trim()).data).toEqual([
      ["row", "value", "amount"],
      ["2", 'a, "b"\nc', "-719352000"],
      ["3", "'=1+1", "-12.5"],
    ]);
  });
});
