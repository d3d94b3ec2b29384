// Manufacturer and supplier classifications imported as data (`import classifications`): which declaration
// speaks for a BOM line. Matched by the MPN as BOM lines are matched (upper case, no spaces or hyphens) and by
// the manufacturer when the line names one; the newest declaration (by its as-of date) wins. Pure.
import { normaliseMaker, normaliseMpn } from "./catalogue";

export type Declaration = {
  manufacturer: string;
  mpn: string;
  eccn: string;
  hts: string | null;
  countryOfOrigin: string | null;
  usContentPct: number | null;
  source: string;
  asOf: string;
};

export const mpnKey = normaliseMpn;

const sameMaker = (a: string, b: string) => {
  const x = normaliseMaker(a);
  const y = normaliseMaker(b);
  return x !== "" && y !== "" && (x === y || x.startsWith(y) || y.startsWith(x));
};

/** The declaration for a line, or null; `declarations` may hold any parts (they are filtered here). */
export function declarationFor(
  line: { manufacturer: string | null; mpn: string | null },
  declarations: readonly Declaration[],
): Declaration | null {
  if (!line.mpn) return null;
  const key = mpnKey(line.mpn);
  const matches = declarations.filter(
    (d) => mpnKey(d.mpn) === key && (!line.manufacturer || sameMaker(line.manufacturer, d.manufacturer)),
  );
  // newest as-of first; among equals, the one imported last (the caller lists them in import order)
  return matches.reduce<Declaration | null>((best, d) => (!best || d.asOf >= best.asOf ? d : best), null);
}
