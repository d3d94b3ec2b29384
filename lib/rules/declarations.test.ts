import { describe, expect, it } from "vitest";
import type { CataloguePart } from "./catalogue";
import { declarationFor, type Declaration } from "./declarations";
import { lineFacts, type RawLine } from "./line-facts";

const decl = (d: Partial<Declaration>): Declaration => ({
  manufacturer: "Example Semi",
  mpn: "EXMCU-32Q",
  eccn: "5A992.c",
  hts: null,
  countryOfOrigin: "TW",
  usContentPct: 0,
  source: "Example Semi export data sheet",
  asOf: "2026-03-01",
  ...d,
});
const line = (l: Partial<RawLine>): RawLine => ({
  lineNo: 1,
  manufacturer: "Example Semi",
  mpn: "EXMCU 32Q",
  description: "NVIDIA H100 SXM5 80GB GPU",
  quantity: 1,
  unitPriceE4: null,
  currency: null,
  eccn: null,
  countryOfOrigin: null,
  usContentPct: null,
  dnp: false,
  override: null,
  ...l,
});
const h100: CataloguePart = {
  id: "h100",
  manufacturer: "Example Semi",
  product: "H100",
  variant: "SXM5 80 GB",
  mpnPattern: null,
  datacenter: true,
  tpp: 15832,
  dieAreaMm2: 814,
  eccn: null,
};

describe("declarationFor", () => {
  it("matches the MPN as BOM lines are matched (case, spaces and hyphens aside) and the manufacturer", () => {
    expect(declarationFor({ manufacturer: "Example Semi Inc.", mpn: "exmcu-32q" }, [decl({})])?.eccn).toBe("5A992.c");
    expect(declarationFor({ manufacturer: "Other Maker", mpn: "EXMCU-32Q" }, [decl({})])).toBeNull();
    expect(declarationFor({ manufacturer: null, mpn: "EXMCU-32Q" }, [decl({})])?.eccn).toBe("5A992.c");
    expect(declarationFor({ manufacturer: "Example Semi", mpn: null }, [decl({})])).toBeNull();
  });
  it("takes the newest declaration, and the one imported last among equal dates", () => {
    const ds = [decl({ eccn: "EAR99", asOf: "2026-05-01" }), decl({ eccn: "3A991.a.1", asOf: "2025-01-01" })];
    expect(declarationFor({ manufacturer: null, mpn: "EXMCU-32Q" }, ds)?.eccn).toBe("EAR99");
    const same = [decl({ eccn: "EAR99" }), decl({ eccn: "5A992.c", source: "re-issued" })];
    expect(declarationFor({ manufacturer: null, mpn: "EXMCU-32Q" }, same)?.source).toBe("re-issued");
  });
});

describe("ECCN precedence: override > declaration > BOM column > catalogue", () => {
  const asOf = "2026-12-01";
  it("a declaration beats the BOM column and the catalogue, and says who declared it", () => {
    const f = lineFacts(line({ eccn: "EAR99" }), [h100], asOf, [decl({})]);
    expect(f).toMatchObject({ eccn: "5A992.c", eccnSource: "declaration" });
    expect(f.eccnWhy).toBe(
      "ECCN 5A992.c declared for Example Semi EXMCU-32Q by Example Semi export data sheet (as of 2026-03-01); the BOM says EAR99",
    );
  });
  it("an override beats a declaration", () => {
    const f = lineFacts(line({ override: { eccn: "3A991.d", note: "checked" } }), [h100], asOf, [decl({})]);
    expect(f).toMatchObject({ eccn: "3A991.d", eccnSource: "override" });
  });
  it("the BOM column beats the catalogue; the catalogue answers last", () => {
    expect(lineFacts(line({ eccn: "EAR99" }), [h100], asOf, [])).toMatchObject({ eccn: "EAR99", eccnSource: "bom" });
    expect(lineFacts(line({}), [h100], asOf, [])).toMatchObject({ eccn: "3A090.a", eccnSource: "catalogue" });
  });
  it("fills the country of origin and US content from the declaration only where the BOM leaves them empty", () => {
    expect(lineFacts(line({}), [], asOf, [decl({})])).toMatchObject({ countryOfOrigin: "TW", usContentPct: 0 });
    expect(lineFacts(line({ countryOfOrigin: "CN" }), [], asOf, [decl({})]).countryOfOrigin).toBe("CN");
  });
});
