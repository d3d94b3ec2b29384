/** Chokepoint's BOM fields and the header names real tools use for them (shared/reference/boms/formats.md). */
export const bomFields = [
  "reference",
  "manufacturer",
  "mpn",
  "description",
  "quantity",
  "value",
  "unitPrice",
  "currency",
  "eccn",
  "countryOfOrigin",
  "usContentPct",
  "product",
] as const;
export type BomField = (typeof bomFields)[number];

export const bomHeaderAliases: Record<BomField, readonly string[]> = {
  reference: [
    "reference",
    "references",
    "ref",
    "refs",
    "ref des",
    "refdes",
    "reference designator",
    "reference designators",
    "reference designation",
    "designator",
    "designators",
    "location",
    "parts",
  ],
  manufacturer: ["manufacturer", "mfr", "mfg", "manufacturer name", "vendor", "field1"],
  mpn: [
    "mpn",
    "manufacturer part number",
    "manufacturer pn",
    "mfg pn",
    "mfr pn",
    "mfg part number",
    "mfr part number",
    "mfg part",
    "part number",
    "manufacturer's part number",
    "pn",
    "field2",
  ],
  description: ["description", "desc", "part description", "field3"],
  quantity: ["quantity", "qty", "qnty", "quantity per pcb", "count"],
  value: ["value", "comment", "val"],
  unitPrice: ["unit_price", "unit price", "price", "unit cost"],
  currency: ["currency", "ccy"],
  eccn: ["eccn", "export control classification number"],
  countryOfOrigin: ["country_of_origin", "country of origin", "coo", "origin"],
  usContentPct: ["us_content_pct", "us content %", "us content", "us content pct"],
  product: ["product", "product name", "assembly"],
};

// Curly apostrophes (as word processors and spreadsheets type them) read as straight ones: "Manufacturer’s
// Part Number" is the same header as "Manufacturer's Part Number".
export const normaliseHeader = (h: string): string =>
  h
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[_:#]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
