// Chokepoint's BOM fields, apart from their header names (columns.ts) so that the synonym tables can name them too.

/** Chokepoint's BOM fields (their header names: columns.ts, shared/reference/boms/formats.md). */
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
