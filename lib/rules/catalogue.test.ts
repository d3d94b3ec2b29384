import { describe, expect, it } from "vitest";
import { catalogueEccn, matchCatalogue, type CataloguePart } from "./catalogue";

const part = (p: Partial<CataloguePart>): CataloguePart => ({
  id: p.product ?? "x",
  manufacturer: "NVIDIA",
  product: "H100",
  variant: null,
  mpnPattern: null,
  datacenter: true,
  tpp: null,
  dieAreaMm2: null,
  eccn: null,
  ...p,
});
const parts = [
  part({ product: "H100", variant: "SXM", tpp: 15832, dieAreaMm2: 814 }),
  part({ product: "H100", variant: "NVL / PCIe", tpp: 13364, dieAreaMm2: 814 }),
  part({ product: "H20", variant: "HGX/SXM (China variant)", tpp: 2368, dieAreaMm2: 814 }),
  part({
    manufacturer: "Yageo",
    product: "RC0402JR-070RL",
    mpnPattern: "^RC0402JR-070RL",
    datacenter: null,
    eccn: "not 3A090/4A090",
  }),
  part({
    manufacturer: "Lattice Semiconductor",
    product: "iCE40 UltraPlus",
    mpnPattern: "^ICE40UP5K",
    datacenter: null,
    eccn: "EAR99",
  }),
];

describe("matchCatalogue", () => {
  it("matches by manufacturer and MPN pattern first", () => {
    expect(matchCatalogue({ manufacturer: "Lattice", mpn: "ICE40UP5K-SG48I", description: null }, parts)).toMatchObject(
      { part: { product: "iCE40 UltraPlus" }, confidence: 1, via: "mpn" },
    );
  });
  it("falls back to the product in the description, preferring the variant it names", () => {
    const m = matchCatalogue({ manufacturer: "NVIDIA", mpn: null, description: "NVIDIA H100 SXM5 80GB GPU" }, parts);
    expect(m).toMatchObject({ part: { variant: "SXM" }, via: "description" });
    expect(m!.confidence).toBeGreaterThan(0.8);
  });
  it("does not match another maker's part or a product the description does not name", () => {
    expect(matchCatalogue({ manufacturer: "AMD", mpn: null, description: "AMD Instinct MI300X" }, parts)).toBeNull();
    expect(matchCatalogue({ manufacturer: "NVIDIA", mpn: null, description: "ConnectX-7 adapter" }, parts)).toBeNull();
  });
});

describe("catalogueEccn", () => {
  it("runs the part's figures through the 3A090 tests of the day", () => {
    expect(catalogueEccn(parts[0]!, "2024-01-01").eccn).toBe("3A090.a");
    // before 3A090 existed and below its tests: the anti-terrorism-only fallback (3A991), with the assumption said
    expect(catalogueEccn(parts[0]!, "2021-01-01").eccn).toBe("3A991");
    expect(catalogueEccn(parts[2]!, "2024-01-01")).toMatchObject({
      eccn: "3A991",
      why: expect.stringContaining("below the 3A090 tests, so classified 3A991 (assumed: an IC; a board is 4A994"),
    });
  });
  it("tests the performance density unrounded: PD 5.915 (TPP 1600 on 270.49 mm2) is 3A090.b, not 3A090.a", () => {
    const p = part({ product: "X", variant: null, tpp: 1600, dieAreaMm2: 270.49, datacenter: true });
    expect(catalogueEccn(p, "2024-01-01")).toMatchObject({
      eccn: "3A090.b",
      why: expect.stringContaining("PD = 1600 / 270.49 mm2 = 5.915"),
    });
    const at = part({ product: "X", variant: null, tpp: 1600, dieAreaMm2: 1600 / 5.92, datacenter: true });
    expect(catalogueEccn(at, "2024-01-01").eccn).toBe("3A090.a");
  });
  it("keeps a stated ECCN and never turns a stated 'not 3A090' without figures into a classification", () => {
    expect(catalogueEccn(parts[4]!, "2024-01-01").eccn).toBe("EAR99");
    expect(catalogueEccn(parts[3]!, "2024-01-01").eccn).toBeNull();
  });
});
