// A BOM line as the rules see it: its ECCN from the strongest source, its catalogue match, its value. Pure.
// Precedence, strongest first: a compliance officer's override (a decision on this line, audited) > the
// manufacturer's or supplier's declaration for the part (imported classifications) > the BOM's own ECCN
// column (whoever exported the BOM typed it) > the catalogue (derived from published figures as of the check's
// date). The declaration also fills the country of origin and US content the BOM leaves empty.
import { catalogueEccn, matchCatalogue, type CataloguePart } from "./catalogue";
import { declarationFor, type Declaration } from "./declarations";
import type { LineFacts } from "./types";

export type RawLine = {
  lineNo: number;
  manufacturer: string | null;
  mpn: string | null;
  description: string | null;
  quantity: number;
  /** unit price in 1/10,000 of the currency unit */
  unitPriceE4: number | null;
  currency: string | null;
  eccn: string | null;
  countryOfOrigin: string | null;
  usContentPct: number | null;
  /** a direct product of US technology or software, or made by a plant that is (734.9): unknown when absent */
  usTechProduct?: "yes" | "no" | "unknown" | null;
  dnp: boolean;
  override: { eccn: string; note: string } | null;
};

export function lineFacts(
  line: RawLine,
  parts: readonly CataloguePart[],
  asOf: string,
  declarations: readonly Declaration[] = [],
): LineFacts & { eccnWhy: string } {
  const match = matchCatalogue(line, parts);
  const declared = declarationFor(line, declarations);
  let eccn: string | null = null;
  let eccnSource: LineFacts["eccnSource"] = null;
  let eccnWhy = "no ECCN in the BOM and no catalogue match";
  if (line.override) {
    eccn = line.override.eccn;
    eccnSource = "override";
    eccnWhy = `classified ${eccn} by a compliance officer: ${line.override.note}`;
  } else if (declared) {
    eccn = declared.eccn;
    eccnSource = "declaration";
    eccnWhy = `ECCN ${eccn} declared for ${declared.manufacturer} ${declared.mpn} by ${declared.source} (as of ${declared.asOf})${line.eccn && line.eccn !== eccn ? `; the BOM says ${line.eccn}` : ""}`;
  } else if (line.eccn) {
    eccn = line.eccn;
    eccnSource = "bom";
    eccnWhy = `ECCN ${eccn} given in the BOM`;
  } else if (match) {
    const c = catalogueEccn(match.part, asOf);
    eccn = c.eccn;
    eccnSource = c.eccn ? "catalogue" : null;
    eccnWhy = `catalogue: ${match.part.manufacturer} ${match.part.product}${match.part.variant ? ` ${match.part.variant}` : ""} (by ${match.via}, confidence ${match.confidence.toFixed(2)}): ${c.why}`;
  }
  // value in minor units (cents) of the line's currency: quantity x unit price
  const valueMinor = line.unitPriceE4 == null ? null : Math.round((line.unitPriceE4 * line.quantity) / 100);
  return {
    lineNo: line.lineNo,
    manufacturer: line.manufacturer,
    mpn: line.mpn,
    description: line.description,
    quantity: line.quantity,
    valueMinor,
    currency: line.currency,
    eccn,
    eccnSource,
    catalogueMatch: match
      ? {
          part: `${match.part.manufacturer} ${match.part.product}${match.part.variant ? ` ${match.part.variant}` : ""}`,
          confidence: match.confidence,
          via: match.via,
        }
      : null,
    countryOfOrigin: line.countryOfOrigin ?? declared?.countryOfOrigin ?? null,
    usContentPct: line.usContentPct ?? declared?.usContentPct ?? null,
    usTechProduct: line.usTechProduct ?? null,
    eccnWhy,
  };
}
