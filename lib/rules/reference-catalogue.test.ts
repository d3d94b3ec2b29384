import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSmallCsv } from "../csv/read-small";
import { readAcceleratorFacts, readReferenceCatalogue } from "../reference/catalogue-files";
import { catalogueEccn, matchCatalogue } from "./catalogue";
import { classifyAccelerator, factsClass, publishedRates } from "./reference-catalogue";

const facts = readAcceleratorFacts("data");
const catalogue = readReferenceCatalogue("data");
const asCataloguePart = (p: (typeof catalogue)[number]) => ({
  ...p,
  id: p.refKey,
  eccn: p.eccn ?? p.eccnFromThresholds,
});
const parts = catalogue.map(asCataloguePart);

describe("the reference catalogue (data/reference)", () => {
  it("holds every accelerator of the facts file (57) and every Jetson part number (38)", () => {
    expect(facts).toHaveLength(57);
    expect(catalogue.filter((p) => p.refKey.startsWith("acc-"))).toHaveLength(57);
    expect(catalogue.filter((p) => p.refKey.startsWith("jetson-"))).toHaveLength(38);
    expect(new Set(catalogue.map((p) => p.refKey)).size).toBe(catalogue.length);
    for (const name of ["A800", "H800", "H20", "L20", "GeForce RTX 4090D", "GeForce RTX 5090D"])
      expect(catalogue.some((p) => p.product === name)).toBe(true);
  });

  it("classifies every accelerator as its facts row says (the product's own classifier, 2023-10-17 text)", () => {
    const disagreements = facts
      .map((row) => ({ row, got: classifyAccelerator(row, "2026-12-01").eccn, want: factsClass(row) }))
      .filter((d) => d.got !== d.want)
      .map((d) => `${d.row.vendor} ${d.row.product} ${d.row.variant}: classifier ${d.got}, facts ${d.want}`);
    expect(disagreements).toEqual([]);
  });

  it("computes each TPP from the published rates within 0.1 % of the facts row's tpp", () => {
    const off = facts
      .filter((row) => row.tpp)
      .map((row) => ({ row, tpp: classifyAccelerator(row, "2026-12-01").tpp! }))
      .filter(({ row, tpp }) => Math.abs(tpp - Number(row.tpp)) / Number(row.tpp) > 0.001)
      .map(({ row, tpp }) => `${row.product} ${row.variant}: ${tpp} vs ${row.tpp}`);
    expect(off).toEqual([]);
  });

  it("takes a rate stated more exactly in the basis over the rounded column (RTX 4090: FP8 660.6, not 661)", () => {
    const rtx4090 = facts.find((r) => r.product === "GeForce RTX 4090")!;
    expect(publishedRates(rtx4090).find((r) => r.label === "FP8")).toMatchObject({ rate: 660.6, bits: 8 });
    expect(classifyAccelerator(rtx4090, "2026-12-01").tpp).toBeCloseTo(5284.8, 5);
  });

  it("keeps the China-specific parts just under the thresholds out of 3A090 and shows the arithmetic", () => {
    const byName = (product: string) => catalogue.find((p) => p.product === product)!;
    expect(byName("H20")).toMatchObject({ eccnFromThresholds: "not 3A090", datacenter: true });
    expect(byName("H20").tppBasis).toContain("FP8 296 x 8 = 2368");
    expect(byName("L20").eccnFromThresholds).toBe("not 3A090");
    expect(byName("GeForce RTX 4090D")).toMatchObject({ eccnFromThresholds: "not 3A090", datacenter: false });
    expect(byName("GeForce RTX 5090D").tpp).toBe(4750);
    expect(byName("A800").eccnFromThresholds).toBe("3A090.a");
    expect(byName("H800").eccnFromThresholds).toBe("3A090.a");
    expect(byName("H20").sources).toMatch(/Epoch AI/);
  });

  it("recognises the names and part numbers real BOMs use", () => {
    const m = (manufacturer: string, mpn: string | null, description: string | null) =>
      matchCatalogue({ manufacturer, mpn, description }, parts);
    expect(m("NVIDIA", null, "NVIDIA H100 SXM5 80GB GPU")?.part).toMatchObject({
      product: "H100",
      variant: "SXM5 80 GB",
    });
    expect(m("NVIDIA", "900-21010-0000-000", null)).toMatchObject({
      via: "mpn",
      part: { product: "H100", variant: "PCIe 80 GB" },
    });
    expect(m("NVIDIA", null, "GPU, RTX 4090D 24GB")?.part.product).toBe("GeForce RTX 4090D");
    expect(m("NVIDIA", null, "GPU, RTX 4090 24GB")?.part.product).toBe("GeForce RTX 4090");
    expect(m("NVIDIA", "900-13767-0000-001", "edge module")).toMatchObject({
      via: "mpn",
      part: { product: "Jetson Orin NX 16GB" },
    });
    expect(m("NVIDIA", null, "NVIDIA Jetson Orin NX 16GB edge AI module")?.part.product).toBe("Jetson Orin NX 16GB");
  });

  it("gives a Jetson module the ECCN NVIDIA states, with its origin and source", () => {
    const orin = catalogue.find((p) => p.refKey === "jetson-900-13767-0000-001")!;
    expect(orin).toMatchObject({ eccn: "5A992.c", countryOfOrigin: "China, USA, or Vietnam" });
    expect(catalogueEccn(asCataloguePart(orin), "2025-01-01")).toMatchObject({ eccn: "5A992.c" });
    expect(catalogueEccn(asCataloguePart(orin), "2025-01-01").why).toMatch(/NVIDIA Jetson FAQ/);
  });

  it("shows the basis and sources when a catalogue accelerator is classified for a date", () => {
    const h100 = parts.find((p) => p.product === "H100" && p.variant === "SXM5 80 GB")!;
    const c = catalogueEccn(h100, "2024-06-01");
    expect(c.eccn).toBe("3A090.a");
    expect(c.why).toMatch(/FP8 1979 x 8 = 15832/);
    expect(c.why).toMatch(/sources: performance: Epoch AI/);
  });
});

// The facts in data/reference are copies of the team's facts in ../shared/reference/facts: when it is there,
// they must not have drifted apart, except for the corrections named here (each explained in the row's provenance).
const shared = path.resolve("../shared/reference/facts");
/** file -> [0-based record index, column name, the corrected value] */
const corrections: Record<string, [number, string, string][]> = {
  // Huawei's footnote 1 (734.9(e)(1)): see row 10 of entity-list-facts.provenance.csv
  "entity-list-facts.csv": [
    [9, "license_requirement", "For all items subject to the EAR. (See §§ 734.9(e)(1) and 744.11 of the EAR)1"],
  ],
};
describe.skipIf(!fs.existsSync(shared))("data/reference against ../shared/reference/facts", () => {
  it.each(["accelerators.csv", "nvidia-jetson-eccn-origin.csv", "entity-list-facts.csv"])("%s is the same", (f) => {
    const ours = readSmallCsv(path.join("data/reference", f));
    const theirs = readSmallCsv(path.join(shared, f)).records.map((r) => ({ ...r.values }));
    for (const [row, column, value] of corrections[f] ?? []) {
      expect(ours.records[row]!.values[column], `${f} row ${row + 2} ${column}`).toBe(value);
      theirs[row]![column] = value;
    }
    expect(ours.records.map((r) => r.values)).toEqual(theirs);
  });
});
if (!fs.existsSync(shared)) console.log(`skipped: ${shared} is absent, so data/reference is not compared with it`);
