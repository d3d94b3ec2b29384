// One way to turn a BOM line as given (a file's row, an API body) into the line the rules read. Prices are
// decimal text throughout, never floats: "0.1" is 1,000 ten-thousandths exactly.
import { toMinorUnitsNumber } from "../money";
import type { RawLine } from "../rules/line-facts";

export type GivenLine = {
  manufacturer?: string | null;
  mpn?: string | null;
  description?: string | null;
  quantity: number;
  /** unit price as decimal text ("12.50"), at most 4 decimal places */
  unitPrice?: string | null;
  currency?: string | null;
  eccn?: string | null;
  countryOfOrigin?: string | null;
  usContentPct?: number | null;
  /** a direct product of US technology or software (the foreign direct product rules, 15 CFR 734.9) */
  usTechProduct?: "yes" | "no" | "unknown" | null;
  dnp?: boolean;
};

/** The unit price in ten-thousandths of the currency unit, as stored (bom_line.unitPriceE4). */
export function unitPriceE4(unitPrice: string | null | undefined): number | null {
  return unitPrice ? Number(toMinorUnitsNumber(unitPrice, 4)) : null;
}

/** A line given in a file or a request, numbered from 1 in the order given, as the rules take it. */
export function rawLine(l: GivenLine, lineNo: number): RawLine {
  return {
    lineNo,
    manufacturer: l.manufacturer ?? null,
    mpn: l.mpn ?? null,
    description: l.description ?? null,
    quantity: l.quantity,
    unitPriceE4: unitPriceE4(l.unitPrice),
    currency: l.currency?.toUpperCase() ?? null,
    eccn: l.eccn ?? null,
    countryOfOrigin: l.countryOfOrigin?.toUpperCase() ?? null,
    usContentPct: l.usContentPct ?? null,
    usTechProduct: l.usTechProduct ?? null,
    dnp: l.dnp ?? false,
    override: null,
  };
}
