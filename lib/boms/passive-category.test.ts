import { describe, expect, it } from "vitest";
import { passiveCategory, suggestEar99ForPassives } from "./passive-category";

const line = (references: string, description: string | null, mpn: string | null = null) => ({
  references,
  description,
  mpn,
});

describe("passiveCategory", () => {
  it.each([
    ["R1 R2", "10k/R0402", "resistor"],
    ["C1 C2 C3", "CAP CER 0.1UF 16V X7R 0402", "capacitor"],
    ["C7", "22uF/6.3V/20%/X5R/C0603", "capacitor"],
    ["L2", "1.0uH/4.2A/DCR=35mR", "inductor"],
    ["FB1", "FB0805/600R/2A", "ferrite bead"],
    ["J1", "USB-C receptacle", "connector"],
    ["Y1", "Crystal 25MHz", "crystal"],
    ["RM1 RM2", "RA1206_(4X0603)_4B8_2.2k", "resistor"],
    ["D3", "LED/GREEN/0603 LED", "LED"],
    ["", "RES 10K OHM 1/16W 5% 0402", "resistor"],
  ])("%s %j is a %s", (refs, description, category) => {
    expect(passiveCategory(line(refs, description))).toBe(category);
  });

  it.each([
    ["U1", "LAN8710A-EZC(QFN32)"],
    ["D1", "1N5822/SS34/SMA"], // a diode: an LED only when the description says so
    ["C1", "Low-dropout regulator"], // designator and description disagree
    ["J2", "RF connector, microwave, 40 GHz"], // RF/microwave: a person looks at it, not a rule
    ["C9", "high-energy pulse capacitor"],
    ["TP1", null],
  ])("%s %j is not suggested", (refs, description) => {
    expect(passiveCategory(line(refs, description))).toBeNull();
  });
});

describe("suggestEar99ForPassives", () => {
  it("groups the unclassified passive lines by category, and leaves classified and active ones out", () => {
    const s = suggestEar99ForPassives([
      { id: 10, lineNo: 1, eccn: null, ...line("R1", "10k") },
      { id: 11, lineNo: 2, eccn: null, ...line("C1 C2", "100nF") },
      { id: 12, lineNo: 3, eccn: "EAR99", ...line("R2", "1k") },
      { id: 13, lineNo: 4, eccn: null, ...line("U1", "FPGA") },
      { id: 14, lineNo: 5, eccn: null, classified: true, ...line("C5", "1uF") },
      { id: 15, lineNo: 6, eccn: null, ...line("R7", "4.7k") },
    ]);
    expect(s).toEqual({
      eccn: "EAR99",
      lineIds: [10, 15, 11],
      byCategory: [
        { category: "resistor", lineNos: [1, 6] },
        { category: "capacitor", lineNos: [2] },
      ],
      note: "EAR99: passive parts by category (2 resistors, 1 capacitor), reviewed and confirmed",
    });
  });
  it("suggests nothing when no line is a passive part", () => {
    expect(suggestEar99ForPassives([{ id: 1, lineNo: 1, eccn: null, ...line("U1", "MCU") }])).toBeNull();
  });
});
