import { describe, expect, it } from "vitest";
import { classifyChip, type ChipFigures } from "./tpp";

// [chip, figures, date, expected] - figures from data/reference/accelerators.csv (vendor datasheets via its sources)
const cases: [string, ChipFigures, string, string][] = [
  [
    "H100 SXM (FP8 1979 x 8)",
    { denseTops: 1979, bitLength: 8, dieAreaMm2: 814, dataCentre: true },
    "2024-01-01",
    "3A090.a",
  ],
  ["A100 (312 x 16)", { denseTops: 312, bitLength: 16, dieAreaMm2: 826, dataCentre: true }, "2024-01-01", "3A090.a"],
  [
    "H20 (296 x 8, PD 2.91)",
    { denseTops: 296, bitLength: 8, dieAreaMm2: 814, dataCentre: true },
    "2024-01-01",
    "not 3A090",
  ],
  [
    "L4 (TPP 1940, PD 6.6)",
    { denseTops: 242.5, bitLength: 8, dieAreaMm2: 294.5, dataCentre: true },
    "2024-01-01",
    "3A090.a",
  ],
  [
    "L20 (TPP 1912, PD 3.14)",
    { denseTops: 239, bitLength: 8, dieAreaMm2: 608.5, dataCentre: true },
    "2024-01-01",
    "not 3A090",
  ],
  [
    "RTX 4090 consumer (TPP 5286)",
    { denseTops: 660.8, bitLength: 8, dieAreaMm2: 609, dataCentre: false },
    "2024-01-01",
    "3A090.a",
  ],
  [
    "RTX 4090D consumer (TPP 4707)",
    { denseTops: null, bitLength: null, statedTpp: 4707, dieAreaMm2: 609, dataCentre: false },
    "2024-01-01",
    "not 3A090",
  ],
  [
    "a data-centre part at TPP 2500, PD 2",
    { denseTops: 312.5, bitLength: 8, dieAreaMm2: 1250, dataCentre: true },
    "2024-01-01",
    "3A090.b",
  ],
  [
    "a data-centre part at TPP 1700, PD 4",
    { denseTops: 212.5, bitLength: 8, dieAreaMm2: 425, dataCentre: true },
    "2024-01-01",
    "3A090.b",
  ],
  [
    "H100 before the first rule",
    { denseTops: 1979, bitLength: 8, dieAreaMm2: 814, dataCentre: true },
    "2022-01-01",
    "not 3A090",
  ],
  [
    "A800 under the 2022 rule (400 GB/s)",
    { denseTops: 312, bitLength: 16, dieAreaMm2: 826, dataCentre: true, interconnectGBs: 400 },
    "2023-01-01",
    "not 3A090",
  ],
  [
    "A100 under the 2022 rule (600 GB/s)",
    { denseTops: 312, bitLength: 16, dieAreaMm2: 826, dataCentre: true, interconnectGBs: 600 },
    "2023-01-01",
    "3A090.a",
  ],
  [
    "A800 after the 2023 rule (effective 2023-11-17)",
    { denseTops: 312, bitLength: 16, dieAreaMm2: 826, dataCentre: true, interconnectGBs: 400 },
    "2023-11-17",
    "3A090.a",
  ],
  ["no figures", { denseTops: null, bitLength: null, dieAreaMm2: null, dataCentre: true }, "2024-01-01", "unknown"],
];

describe("classifyChip", () => {
  it.each(cases)("%s on %s", (_name, figures, date, expected) => {
    expect(classifyChip(figures, date).eccn).toBe(expected);
  });
  it("shows the arithmetic", () => {
    const r = classifyChip({ denseTops: 1979, bitLength: 8, dieAreaMm2: 814, dataCentre: true }, "2024-01-01");
    expect(r).toMatchObject({ tpp: 15832, ruleDate: "2023-11-17" });
    expect(r.pd).toBeCloseTo(19.4496, 4);
    expect(r.arithmetic).toEqual([
      "TPP = 1979 dense TOPS x 8-bit = 15832",
      "PD = 15832 / 814 mm2 = 19.45",
      "TPP >= 4800: 3A090.a",
    ]);
  });
  it("compares PD unrounded: 5.915 is below 5.92 (3A090.b, not .a), though it shows as 5.915", () => {
    // TPP 1600 on 270.49 mm2: PD 5.9152..., which two decimals would round up to 5.92
    const r = classifyChip({ denseTops: 200, bitLength: 8, dieAreaMm2: 270.49, dataCentre: true }, "2024-01-01");
    expect(r.eccn).toBe("3A090.b");
    expect(r.arithmetic[1]).toBe("PD = 1600 / 270.49 mm2 = 5.915");
    const at = classifyChip({ denseTops: 200, bitLength: 8, dieAreaMm2: 1600 / 5.92, dataCentre: true }, "2024-01-01");
    expect(at.eccn).toBe("3A090.a");
  });
  it("compares TPP unrounded: 4799.96 is below 4800", () => {
    const r = classifyChip({ denseTops: 599.995, bitLength: 8, dieAreaMm2: null, dataCentre: false }, "2024-01-01");
    expect(r.eccn).toBe("not 3A090");
  });
  it("never calls a part clear when the PD test cannot be run", () => {
    expect(classifyChip({ denseTops: 250, bitLength: 8, dieAreaMm2: null, dataCentre: true }, "2024-01-01").eccn).toBe(
      "unknown",
    );
  });
});
