import { describe, expect, it } from "vitest";
import { looksLikePartNumber, splitMpnPackage } from "./mpn-package";

describe("splitMpnPackage", () => {
  it.each([
    ["LAN8710A-EZC(QFN32)", "LAN8710A-EZC", "QFN32"],
    ["BAT54C(SOT23-3)", "BAT54C", "SOT23-3"],
    ["TPS2378DDAR(HSOIC-8)", "TPS2378DDAR", "HSOIC-8"],
    ["TPS62A02ADRLR(SOT-563-6)", "TPS62A02ADRLR", "SOT-563-6"],
    ["1N5819S4(SOD-123)", "1N5819S4", "SOD-123"],
    ["CH340X(MSOP-10)", "CH340X", "MSOP-10"],
    ["MISB-SWMM-5B-LF(USB_MICRO)", "MISB-SWMM-5B-LF", "USB_MICRO"],
    ["KX9910B-ABC (QFN32)", "KX9910B-ABC", "QFN32"],
  ])("%s is %s in %s", (text, mpn, pkg) => {
    expect(splitMpnPackage(text)).toEqual({ mpn, package: pkg });
  });

  it.each([
    "RJP-003TC1(LPJ4112CNL)", // a second part number in brackets, not a package
    "15uF/100V/20%/RM2.5/6.3x11mm(Farnell:1281844)",
    "SS510/100V/5A/0.85V/DO214AB(SMC)", // a value with its package: no part number to split off
    "NA(10k/R0402)",
    "GRM155R71C104KA88D",
  ])("leaves %j as it is", (text) => {
    expect(splitMpnPackage(text)).toBeNull();
  });
});

describe("looksLikePartNumber", () => {
  it.each(["P-B-V-10-LF", "WPM2015-3/TR", "ESP32-WROVER-E", "IT1185AU2", "DW02S"])("%s is a part number", (v) =>
    expect(looksLikePartNumber(v)).toBe(true),
  );
  it.each([
    "10k/R0402",
    "22uF/6.3V/20%/X5R/C0603",
    "LED/GREEN/0603",
    "SMAJ58A/SMA",
    "100nF",
    "4.7k",
    "Fiducial",
    "FB0805/600R/2A",
  ])("%s is a value or a name, not a part number", (v) => expect(looksLikePartNumber(v)).toBe(false));
});
