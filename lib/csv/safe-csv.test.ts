import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseCell, toSafeCsv } from "./safe-csv";

describe("CSV export safety", () => {
  it.each(["=cmd|' /C calc'!A0", "+SUM(1)", "-2+3", "@SUM(A1)", "\tx", "\rx"])("neutralises %j", (v) => {
    expect(neutraliseCell(v)).toBe(`'${v}`);
  });
  it("leaves ordinary values alone", () => expect(neutraliseCell("NVIDIA H100")).toBe("NVIDIA H100"));
  it("quotes commas, quotes and newlines, and round-trips through a CSV parser", () => {
    const csv = toSafeCsv(
      ["row", "value"],
      [
        [2, 'a, "b"\nc'],
        [3, "=1+1"],
      ],
    );
    expect(Papa.parse(csv.trim()).data).toEqual([
      ["row", "value"],
      ["2", 'a, "b"\nc'],
      ["3", "'=1+1"],
    ]);
  });
});
