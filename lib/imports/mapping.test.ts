import fs from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { hasShared, sharedFile } from "../testing/shared-reference";
import { kindFields } from "./kinds";
import { alignShiftedHeader, headerSignature, missingRequiredFields, suggestFieldMapping } from "./mapping";

// The HackRF layout's header lacks one column before "Description": every field from there sits one further right.
const hackrfShiftedMapping = { reference: 0, value: 1, quantity: 3, description: 5, manufacturer: 6, mpn: 9 };

describe("column mapping", () => {
  it("suggests fields from header names", () => {
    expect(suggestFieldMapping(kindFields.parties, ["Company Name", "Country", "Parent Company"])).toEqual({
      name: 0,
      country: 1,
      parentName: 2,
    });
  });
  // the names the Octopart-powered Bittele BOM tool recognises (shared/reference/boms/formats.md)
  it.each([
    "Part Number",
    "Manufacturer's Part Number",
    "Manufacturer\u2019s Part Number",
    "PN",
    "Manufacturer PN",
    "MFG PN",
    "MPN",
    "Manufacturer Part Number",
    "MFG Part",
    "MFG Part #",
    "MFG Part Number",
  ])("maps %j to the manufacturer part number", (name) => {
    expect(suggestFieldMapping(kindFields.bom, ["Ref Des", name, "Qty"])).toEqual({
      reference: 0,
      mpn: 1,
      quantity: 2,
    });
  });
  it.each([
    "Ref Des",
    "Reference Designator",
    "Reference",
    "Reference Designators",
    "Location",
    "References",
    "Designator",
    "Reference Designation",
    "Parts",
  ])("maps %j to the reference designators", (name) => {
    expect(suggestFieldMapping(kindFields.bom, ["MPN", name, "Qty"])).toEqual({ mpn: 0, reference: 1, quantity: 2 });
  });
  it("maps an assembler's template, where distributor part numbers sit beside the manufacturer's", () => {
    const header = [
      "Item #",
      "Ref Des",
      "Distributor PN",
      "Distributor",
      "Manufacturer PN",
      "Manufacturer",
      "Quantity",
      "Description",
    ];
    expect(suggestFieldMapping(kindFields.bom, header)).toEqual({
      reference: 1,
      mpn: 4,
      manufacturer: 5,
      quantity: 6,
      description: 7,
    });
  });
  it("signs a header regardless of case and spacing", () => {
    expect(headerSignature(["Name", " Country "])).toBe(headerSignature(["name", "country"]));
    expect(headerSignature(["name", "country"])).not.toBe(headerSignature(["country", "name"]));
  });
  it("realigns a KiCad grouped export whose header is one column short (team fixture in the HackRF layout)", () => {
    const rows = Papa.parse<string[]>(fs.readFileSync("tests/fixtures/bom-kicad-grouped.csv", "utf8")).data;
    const header = rows[14]!;
    const suggested = suggestFieldMapping(kindFields.bom, header);
    expect(suggested).toMatchObject({ reference: 0, value: 1, quantity: 3, description: 4, manufacturer: 5, mpn: 8 });
    const aligned = alignShiftedHeader(header, rows.slice(15), suggested);
    expect(aligned?.mapping).toMatchObject(hackrfShiftedMapping);
    expect(aligned?.note).toMatch(/from "Description" on/);
  });
  it.skipIf(!hasShared("realigning the real HackRF export", "boms/hackrf-one.bom.csv"))(
    "realigns the real HackRF KiCad export whose header is one column short",
    () => {
      const rows = Papa.parse<string[]>(fs.readFileSync(sharedFile("boms/hackrf-one.bom.csv"), "utf8")).data;
      const header = rows[14]!;
      const suggested = suggestFieldMapping(kindFields.bom, header);
      const aligned = alignShiftedHeader(header, rows.slice(15, 45), suggested);
      expect(aligned?.mapping).toMatchObject(hackrfShiftedMapping);
    },
  );
  it("leaves a well-formed header alone (team fixture in the Altium layout)", () => {
    const rows = Papa.parse<string[]>(fs.readFileSync("tests/fixtures/bom-altium.csv", "utf8")).data;
    expect(alignShiftedHeader(rows[0]!, rows.slice(1), suggestFieldMapping(kindFields.bom, rows[0]!))).toBeNull();
  });
  it("names the template's required columns that are missing", () => {
    expect(missingRequiredFields(kindFields.bom, { mpn: 0, description: 1 }, "template").map((f) => f.field)).toEqual([
      "manufacturer",
      "quantity",
    ]);
    expect(missingRequiredFields(kindFields.bom, { mpn: 0 }, "generic")).toEqual([]);
  });
});
