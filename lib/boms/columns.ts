import type { BomField } from "./fields";
import { bomHeaderSynonyms } from "./header-synonyms";

export { bomFields, type BomField } from "./fields";

/** English header names, per field; the French, German and Chinese ones are added from bomHeaderSynonyms below. */
const englishHeaderAliases: Record<BomField, readonly string[]> = {
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
    "partnumber",
    "mfr part",
    "manufacturer part",
    "field2",
  ],
  description: ["description", "desc", "part description", "field3"],
  quantity: ["quantity", "qty", "qnty", "quantity per pcb", "count"],
  // "Designation": the part's name or value in KiCad's semicolon BOM export (Olimex boards)
  value: ["value", "comment", "val", "designation"],
  unitPrice: ["unit_price", "unit price", "price", "unit cost"],
  currency: ["currency", "ccy"],
  eccn: ["eccn", "export control classification number"],
  countryOfOrigin: ["country_of_origin", "country of origin", "coo", "origin"],
  usContentPct: ["us_content_pct", "us content %", "us content", "us content pct"],
  product: ["product", "product name", "assembly"],
};

const withSynonyms = (f: BomField): readonly string[] => [
  ...englishHeaderAliases[f],
  ...Object.values(bomHeaderSynonyms).flatMap((lang) => lang[f] ?? []),
];
export const bomHeaderAliases: Record<BomField, readonly string[]> = {
  reference: withSynonyms("reference"),
  manufacturer: withSynonyms("manufacturer"),
  mpn: withSynonyms("mpn"),
  description: withSynonyms("description"),
  quantity: withSynonyms("quantity"),
  value: withSynonyms("value"),
  unitPrice: withSynonyms("unitPrice"),
  currency: withSynonyms("currency"),
  eccn: withSynonyms("eccn"),
  countryOfOrigin: withSynonyms("countryOfOrigin"),
  usContentPct: withSynonyms("usContentPct"),
  product: withSynonyms("product"),
};

// Curly apostrophes (as word processors and spreadsheets type them) read as straight ones: "Manufacturer’s
// Part Number" is the same header as "Manufacturer's Part Number". Accents are dropped ("Quantité" is
// "quantite") and dots read as spaces ("Réf. fabricant", "Qty.").
export const normaliseHeader = (h: string): string =>
  h
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[_:#.]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
