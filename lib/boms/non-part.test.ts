import { describe, expect, it } from "vitest";
import { NOT_FITTED, nonPartReason, type NonPartInput } from "./non-part";

const row = (r: Partial<NonPartInput>): NonPartInput => ({
  references: [],
  value: "",
  description: "",
  cells: [],
  hasMpn: false,
  ...r,
});

describe("nonPartReason", () => {
  it.each<[string, Partial<NonPartInput>, string]>([
    ["fiducials by designator", { references: ["FID1", "FID3"], value: "Fiducial" }, "fiducial mark"],
    ["Altium fiducials (FD)", { references: ["FD1", "FD2"], value: "FCM" }, "fiducial mark"],
    ["mounting holes by designator", { references: ["MH1", "MH2"] }, "mounting hole"],
    ["KiCad mounting holes (H1)", { references: ["H1", "H2", "H3"] }, "mounting hole"],
    ["a mounting hole named in its value", { references: ["J4"], value: "MOUNTING_HOLE" }, "mounting hole"],
    ["test points by designator", { references: ["TP1", "TP2"], value: "TEST POINT" }, "test point"],
    [
      "a test point by its footprint",
      { references: ["P6"], value: "GPO4", cells: ["GSG-TESTPOINT-50MIL"] },
      "test point",
    ],
    ["a logo", { references: ["Logo_OSHW"], cells: ["LOGO_OPENHARDWARE_8x8"] }, "logo or marking"],
    ["a silkscreen sign", { references: ["Sign_PB-Free"], cells: ["LOGO_PBFREE"] }, "logo or marking"],
    ["a CE mark", { references: ["CE"], value: "CE_Sign" }, "logo or marking"],
    ["a solder jumper's state", { references: ["BAT_SENS_E1"], value: "Opened" }, "solder jumper"],
    ["NA(...) not fitted", { references: ["R16"], value: "NA(10k/R0402)" }, "not fitted"],
    ["NA/size not fitted", { references: ["R44"], value: "NA/R0402" }, "not fitted"],
    ["NS(...) not soldered", { references: ["EXT1"], value: "NS(HN1x10)" }, "not fitted"],
    ["DNP as the value", { references: ["L1"], value: "DNP" }, "not fitted"],
    ["DNF as the value", { references: ["C9"], value: "DNF" }, "not fitted"],
    ["DNI as the value", { references: ["R3"], value: "DNI" }, "not fitted"],
    ["KiBoM's footer under the table", { cells: ["Component Count:", "196", "", ""] }, "summary line"],
    ["a 'Leave empty' note", { references: ["AE1"], cells: ["AE1", "1", "Leave empty"] }, "not fitted"],
  ])("%s", (_, input, reason) => {
    expect(nonPartReason(row(input))).toBe(reason);
  });

  it.each<[string, Partial<NonPartInput>]>([
    ["a resistor", { references: ["R1", "R2"], value: "10k/R0402" }],
    ["a capacitor with NA in its description", { references: ["C1"], value: "100nF", description: "NA-free 0402" }],
    [
      "a not-fitted line that names its part number (kept as a DNP line)",
      { references: ["C9"], value: "DNP", hasMpn: true },
    ],
    ["an IC named like a package", { references: ["U1"], value: "LAN8710A-EZC(QFN32)" }],
    ["a header whose designator starts with H but is no hole", { references: ["HDR1"], value: "PinHeader" }],
    ["designators of mixed kinds", { references: ["TP1", "R5"], value: "10k" }],
    ["a test-point pin bought by part number", { references: ["TP1", "TP2"], value: "TEST POINT", hasMpn: true }],
    ["a jumper header bought by part number", { references: ["JP1"], value: "Closed", hasMpn: true }],
  ])("%s is a part", (_, input) => {
    expect(nonPartReason(row(input))).toBeNull();
  });

  it("reads NA only as the whole value or followed by its bracket or slash", () => {
    expect(NOT_FITTED.test("NA(22R/R0603)")).toBe(true);
    expect(NOT_FITTED.test("NAND flash")).toBe(false);
    expect(NOT_FITTED.test("NA555")).toBe(false);
  });
});
