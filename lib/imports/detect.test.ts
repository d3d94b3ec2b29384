import fs from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { hasShared, sharedFile } from "../testing/shared-reference";
import { detectFormat } from "./detect";

function detectFile(path: string) {
  const text = fs.readFileSync(path, "utf8").slice(0, 65536);
  const rows = Papa.parse<string[]>(text, { preview: 50 }).data;
  return detectFormat(text, rows, path);
}

// third-party files: copies of other repositories' files, read from ../shared/reference
const real: [string, string, string, number][] = [
  ["csl/csl-snapshot-2023-11-subset.csv", "list", "csl-current", 0],
  ["csl/csl-current-layout-sample.csv", "list", "csl-current", 0],
  ["csl/csl-legacy-layout-2019.csv", "list", "csl-legacy", 0],
  ["boms/hackrf-one.bom.csv", "bom", "kicad-grouped", 14],
  ["boms/hackrf-one-bom-2014.csv", "bom", "kicad-legacy", 0],
  ["boms/BOM-TINYMODULE-V3.csv", "bom", "altium", 0],
];
describe.skipIf(!hasShared("detectFormat on the real files", ...real.map((r) => r[0])))(
  "detectFormat on the real files (../shared/reference)",
  () => {
    it.each(real)("%s is %s / %s (header row %i)", (file, kind, format, headerRow) => {
      expect(detectFile(sharedFile(file))).toMatchObject({ kind, format, headerRow });
    });
  },
);

// BOMs from other open-hardware repositories, as found: detected without edits
const sourcingBoms: [string, string, number][] = [
  ["sourcing/boms/olimex-esp32-poe-revM-bom.csv", "kicad-grouped", 0],
  ["sourcing/boms/ulx3s-ecp5-fpga-kibom.csv", "kicad-grouped", 0],
  ["sourcing/boms/tillitis-tkey-tk1-bom.csv", "kicad-grouped", 5],
  ["sourcing/boms/antmicro-jetson-nano-baseboard-2019-bom.csv", "generic", 0],
  ["sourcing/boms/antmicro-jetson-nano-baseboard-rev1.4.6-bom.csv", "generic", 0],
  ["sourcing/boms/ulx3s-ecp5-fpga-1-click-bom.tsv", "generic", 0],
];
describe.skipIf(!hasShared("detectFormat on the sourcing BOMs", ...sourcingBoms.map((r) => r[0])))(
  "detectFormat on the sourcing BOMs (../shared/reference/sourcing/boms)",
  () => {
    it.each(sourcingBoms)("%s is a BOM / %s (header row %i)", (file, format, headerRow) => {
      expect(detectFile(sharedFile(file))).toMatchObject({ kind: "bom", format, headerRow });
    });
    it("reads Olimex's semicolon KiCad export as KiCad, not generic at 50 %", () => {
      expect(detectFile(sharedFile("sourcing/boms/olimex-esp32-poe-revM-bom.csv"))).toMatchObject({
        confidence: 0.9,
        reason: expect.stringMatching(/Designation/),
      });
    });
  },
);

describe("detectFormat on the team's fixtures and shipped files (real layouts, invented or compiled rows)", () => {
  it.each([
    ["tests/fixtures/csl-current-layout.csv", "list", "csl-current", 0],
    ["tests/fixtures/csl-legacy-layout.csv", "list", "csl-legacy", 0],
    ["data/reference/entity-list-facts.csv", "list", "csl-current", 0],
    ["tests/fixtures/bom-kicad-grouped.csv", "bom", "kicad-grouped", 14],
    ["tests/fixtures/bom-kicad-legacy.csv", "bom", "kicad-legacy", 0],
    ["tests/fixtures/bom-altium.csv", "bom", "altium", 0],
    ["data/demo/boms/gpu-server-8x.csv", "bom", "template", 0],
    ["tests/fixtures/bom-kicad-designation.csv", "bom", "kicad-grouped", 0],
    ["tests/fixtures/bom-jlcpcb-lcsc.csv", "bom", "jlcpcb", 0],
    ["tests/fixtures/bom-french.csv", "bom", "generic", 0],
    ["tests/fixtures/bom-german.csv", "bom", "generic", 0],
    ["tests/fixtures/bom-chinese.csv", "bom", "generic", 0],
    ["data/demo/parties.csv", "parties", "parties", 0],
    ["data/demo/financials.csv", "financials", "financials", 0],
    ["data/reference/known-aliases-cn.csv", "aliases", "aliases", 0],
  ])("%s is %s / %s (header row %i)", (file, kind, format, headerRow) => {
    expect(detectFile(file)).toMatchObject({ kind, format, headerRow });
  });
});

describe("detectFormat on other shapes", () => {
  it("recognises CSL JSON", () =>
    expect(detectFormat('{"results":[{"source":"Entity List (EL)","name":"X"}]}', [], "x.json")).toMatchObject({
      kind: "list",
      format: "csl-json",
    }));
  it("recognises an internal list", () =>
    expect(detectFormat("", [["name", "aliases", "country", "note"]])).toMatchObject({
      kind: "list",
      format: "custom-list",
    }));
  it("tells an alias file (listed entry, alias, source) from an internal list with an alias column", () =>
    expect(detectFormat("", [["Listed entry", "Alias", "Source"]])).toMatchObject({
      kind: "aliases",
      format: "aliases",
    }));
  it("recognises a JLCPCB BOM", () =>
    expect(detectFormat("", [["Comment", "Designator", "Footprint", "LCSC Part #"]])).toMatchObject({
      kind: "bom",
      format: "jlcpcb",
    }));
  it.each([["LCSC"], ["LCSC Part Number"], ["JLCPCB Part #"]])("recognises a JLCPCB BOM by its %j column", (lcsc) =>
    expect(detectFormat("", [["Comment", "Designator", "Footprint", lcsc]])).toMatchObject({
      kind: "bom",
      format: "jlcpcb",
    }),
  );
  it.each(["MPN", "MFG PN", "Mfr Part Number", "Manufacturer\u2019s Part Number"])(
    "recognises a generic BOM by its %j column",
    (pn) => {
      expect(detectFormat("", [["Ref Des", pn, "Qty", "Distributor"]])).toMatchObject({
        kind: "bom",
        format: "generic",
        confidence: 0.7,
      });
    },
  );
  it("gives up on text it does not know", () => expect(detectFormat("hello", [["hello", "world"]])).toBeNull());
});

describe("detectFormat on classification declarations", () => {
  it("recognises the team's template (tests/fixtures/classifications.csv)", () => {
    expect(detectFile("tests/fixtures/classifications.csv")).toMatchObject({
      kind: "classifications",
      format: "classifications",
      confidence: 0.95,
    });
  });
  it.skipIf(!hasShared("detecting real ECCN declarations", "sourcing/eccn/commoditybench-mpn-eccn.csv"))(
    "recognises a real declarations file (mpn, manufacturer, eccn, us_hts, source_url)",
    () => {
      expect(detectFile(sharedFile("sourcing/eccn/commoditybench-mpn-eccn.csv"))).toMatchObject({
        kind: "classifications",
      });
    },
  );
  it("leaves a BOM with an ECCN column a BOM", () => {
    expect(detectFile("data/demo/boms/ai-camera-v2.csv")).toMatchObject({ kind: "bom", format: "template" });
  });
});
