import fs from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { kindFields } from "../imports/kinds";
import { suggestFieldMapping } from "../imports/mapping";
import { bomRecord, type BomRecord, type RowProblem } from "../imports/records";
import { hasShared, sharedFile } from "../testing/shared-reference";
import { findHeaderRow, splitReferences } from "./normalise";

/** Every data row after the header through the importer's row validation. */
function bomLines(rows: string[][], h: number, mapping = suggestFieldMapping(kindFields.bom, rows[h]!)) {
  const lines: BomRecord[] = [];
  const problems: RowProblem[] = [];
  const skipped: [number, string][] = [];
  for (let i = h + 1; i < rows.length; i++) {
    const r = bomRecord(rows[i]!, i + 1, rows[h]!, mapping);
    problems.push(...r.problems);
    if (r.record) lines.push(r.record);
    if (r.skipReason) skipped.push([i + 1, r.skipReason]);
  }
  return { lines, problems, skipped };
}

const read = (file: string) => Papa.parse<string[]>(fs.readFileSync(file, "utf8"), { skipEmptyLines: false }).data;
const realBoms = ["boms/hackrf-one.bom.csv", "boms/BOM-TINYMODULE-V3.csv", "boms/hackrf-one-bom-2014.csv"];

describe("splitReferences", () => {
  it("splits space-separated refs with a trailing space", () =>
    expect(splitReferences("C2 C4 C6 C162 C163 ")).toEqual(["C2", "C4", "C6", "C162", "C163"]));
  it("splits comma-space joined designators", () => expect(splitReferences("C25, C28")).toEqual(["C25", "C28"]));
  it("expands ranges", () => expect(splitReferences("C103-C105,C109")).toEqual(["C103", "C104", "C105", "C109"]));
  it.each(["R5 to R7", "R5 TO R7", "R5->R7", "R5 -> R7", "R5 - R7", "R5 to 7"])(
    "expands the range %j like R5-R7",
    (raw) => {
      expect(splitReferences(raw)).toEqual(["R5", "R6", "R7"]);
    },
  );
  it("expands spelled-out ranges among other designators", () => {
    expect(splitReferences("C1, R5 to R7 R9->R10; U2")).toEqual(["C1", "R5", "R6", "R7", "R9", "R10", "U2"]);
  });
  it.each(["R1-R5000", "R1 to R5000", "R1->R5000", "R9 to R5"])(
    "leaves an absurd or backward range %j as one unexpanded designator",
    (raw) => {
      expect(splitReferences(raw)).toHaveLength(1);
    },
  );
});

describe.skipIf(!hasShared("reading the real BOM exports", ...realBoms))("real BOM files (../shared/reference)", () => {
  it("finds the KiCad header under the HackRF title block", () => {
    const rows = read(sharedFile("boms/hackrf-one.bom.csv"));
    const h = findHeaderRow(rows);
    expect(rows[h]![0]).toBe("Ref");
    expect(h).toBe(14);
  });

  it("reads the Altium export: quoted designators, DNI rows, manufacturer part numbers", () => {
    const rows = read(sharedFile("boms/BOM-TINYMODULE-V3.csv"));
    const h = findHeaderRow(rows);
    const mapping = suggestFieldMapping(kindFields.bom, rows[h]!);
    expect(mapping).toMatchObject({ reference: 2, quantity: 5, manufacturer: 7, mpn: 8, description: 1, value: 0 });
    const { lines, problems, skipped } = bomLines(rows, h, mapping);
    expect(problems).toEqual([]);
    // 33 part lines, of which the fiducials, the test points and two not-fitted places without a part number are not parts
    expect(skipped).toEqual([
      [5, "not fitted"],
      [9, "fiducial mark"],
      [22, "not fitted"],
      [23, "test point"],
    ]);
    expect(lines).toHaveLength(29);
    expect(lines[0]).toMatchObject({
      mpn: "GRM155R60J475ME87J",
      manufacturer: "Murata Electronics",
      quantity: 8,
      dnp: false,
    });
    expect(lines[0]!.references).toHaveLength(8);
    // a not-fitted line that names its part number stays a line, marked DNP
    expect(lines.filter((l) => l.dnp)).toHaveLength(1);
  });

  it("reads the legacy semicolon per-reference export (Field1 = manufacturer, Field2 = MPN)", () => {
    const rows = Papa.parse<string[]>(fs.readFileSync(sharedFile("boms/hackrf-one-bom-2014.csv"), "utf8"), {
      delimiter: "",
    }).data;
    const h = findHeaderRow(rows);
    const { lines } = bomLines(rows, h);
    expect(lines[0]).toMatchObject({
      references: ["C1"],
      manufacturer: "Murata",
      mpn: "GRM1555C1H330JA01D",
      quantity: 1,
    });
  });
});

describe("BOM files in the real layouts (team fixtures, invented rows)", () => {
  it("finds the KiCad header under the title block", () => {
    const rows = read("tests/fixtures/bom-kicad-grouped.csv");
    const h = findHeaderRow(rows);
    expect(rows[h]![0]).toBe("Ref");
    expect(h).toBe(14);
  });

  it("reads the Altium layout: quoted designators, a DNI row, manufacturer part numbers", () => {
    const rows = read("tests/fixtures/bom-altium.csv");
    const h = findHeaderRow(rows);
    const mapping = suggestFieldMapping(kindFields.bom, rows[h]!);
    expect(mapping).toMatchObject({ reference: 2, quantity: 5, manufacturer: 7, mpn: 8, description: 1, value: 0 });
    const { lines, problems } = bomLines(rows, h, mapping);
    expect(problems).toEqual([]);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      mpn: "GRM155R71C104KA88D",
      manufacturer: "Murata Electronics",
      quantity: 4,
      dnp: false,
    });
    expect(lines[0]!.references).toEqual(["C1", "C2", "C3", "C4"]);
    expect(lines.filter((l) => l.dnp).map((l) => l.mpn)).toEqual(["RC0402JR-070RL"]);
  });

  it("reads the legacy semicolon per-reference layout (Field1 = manufacturer, Field2 = MPN)", () => {
    const rows = Papa.parse<string[]>(fs.readFileSync("tests/fixtures/bom-kicad-legacy.csv", "utf8"), {
      delimiter: "",
    }).data;
    const { lines } = bomLines(rows, findHeaderRow(rows));
    expect(lines[0]).toMatchObject({
      references: ["C1"],
      manufacturer: "Murata",
      mpn: "GRM155R71C104KA88D",
      quantity: 1,
    });
    expect(lines).toHaveLength(4);
  });
});

describe("row validation", () => {
  it("reports a negative quantity with its row and column", () => {
    const rows = [
      ["Designator", "Quantity", "MPN"],
      ["U1", "-2", "H100"],
    ];
    expect(bomLines(rows, 0).problems).toEqual([
      { row: 2, column: "Quantity", value: "-2", expected: "a whole number of 0 or more" },
    ]);
  });
});
