// The line the rule tests start from: a BOM line with only its ECCN stated, so each test states what it varies.
import type { LineFacts } from "./types";

export function lineWithEccn(eccn: string, extra: Partial<LineFacts> = {}): LineFacts {
  return {
    lineNo: 1,
    manufacturer: null,
    mpn: null,
    description: null,
    quantity: 1,
    valueMinor: null,
    currency: null,
    eccn,
    eccnSource: "bom",
    catalogueMatch: null,
    countryOfOrigin: null,
    usContentPct: null,
    ...extra,
  };
}
