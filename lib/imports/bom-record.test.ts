import fs from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { analyse, recordFor } from "./analyse";

/** Every data row of a file through the analysis the importer runs, and each row's outcome. */
function readAll(file: string) {
  const text = fs.readFileSync(file, "utf8");
  const a = analyse(text, file, {}, () => null);
  const rows = Papa.parse<string[]>(text, { delimiter: a.delimiter ?? "" }).data;
  const toRecord = recordFor(a.kind!, a.format!, a.header, a.mapping);
  const out = rows
    .slice(a.headerRow + 1)
    .map((cells, i) => ({ row: a.headerRow + i + 2, ...toRecord(cells, a.headerRow + i + 2) }));
  return { analysis: a, out };
}

describe("a KiCad semicolon export with a Designation column (tests/fixtures/bom-kicad-designation.csv)", () => {
  const { analysis, out } = readAll("tests/fixtures/bom-kicad-designation.csv");

  it("is detected as KiCad with Designation mapped, and importable", () => {
    expect(analysis).toMatchObject({ kind: "bom", format: "kicad-grouped", delimiter: ";" });
    expect(analysis.mapping).toMatchObject({ reference: 1, quantity: 3, value: 4 });
    expect(analysis.fileProblems).toEqual([]);
  });

  it("skips the rows that are not parts, each with its reason", () => {
    expect(out.filter((o) => o.skipReason).map((o) => [o.row, o.skipReason])).toEqual([
      [2, "fiducial mark"],
      [5, "not fitted"],
      [6, "mounting hole"],
      [7, "logo or marking"],
      [9, "test point"],
    ]);
    expect(out.flatMap((o) => o.problems)).toEqual([]);
    expect(analysis.previewSkipped[0]).toEqual({
      row: 2,
      reason: "fiducial mark",
      content: "1 | FID1,FID2 | Fiducial_1mm | 2 | Fiducial",
    });
  });

  it("splits the package off fused part numbers and keeps values as descriptions", () => {
    const lines = out.filter((o) => o.record).map((o) => o.record);
    expect(lines).toMatchObject([
      { mpn: "KX9910B-ABC", package: "QFN32", description: "KX9910B-ABC(QFN32)", quantity: 1 },
      { mpn: null, description: "10k/R0402", quantity: 3, references: ["R1", "R2", "R3"] },
      { mpn: "ZQ3300-33", package: "SOT23-5" },
      { mpn: "HDR-1X6-254", package: null, references: ["J1"] },
    ]);
  });
});

describe("a BOM without any column that says what the part is", () => {
  it("cannot be imported, and says which column to map", () => {
    const a = analyse("Designator;Quantity;Footprint\nR1;1;0402\n", "x.csv", {}, () => null);
    expect(a.kind).toBe("bom");
    expect(a.fileProblems).toEqual([
      {
        row: 1,
        column: "Manufacturer part number / Description / Value",
        message: expect.stringMatching(
          /^no column is mapped to the manufacturer part number, the description or the value/,
        ),
      },
    ]);
  });
});

describe("row problems carry the row's content", () => {
  it("shows the cells of a row with a bad quantity", () => {
    const a = analyse("MPN,Quantity,Reference\nKX1,two,R1\n", "x.csv", {}, () => null);
    expect(a.previewProblems).toEqual([
      { row: 2, column: "Quantity", value: "two", expected: expect.any(String), content: "KX1 | two | R1" },
    ]);
  });
});
