// Matching BOM lines to the parts catalogue (reference data from data/reference, loaded into every database;
// editable by admins): by normalised manufacturer and MPN first, then by the product, or one of the other names
// BOMs use for it, named in the description ("NVIDIA H100 SXM5 80GB GPU", "RTX 4090D 24GB"). The ECCN a catalogue part gets depends on the date: its TPP and PD go through the 3A090 tests
// in force that day (tpp.ts); a part without figures keeps the ECCN its source states.
import { classifyChip } from "./tpp";

export type CataloguePart = {
  id: string;
  manufacturer: string;
  product: string;
  variant: string | null;
  mpnPattern: string | null;
  datacenter: boolean | null;
  tpp: number | null;
  dieAreaMm2: number | null;
  /** as stated by the part's source, or derived from its figures ("3A090.a", "not 3A090", ...) */
  eccn: string | null;
  /** other names descriptions use for the part, "; " separated */
  names?: string | null;
  /** how the TPP was computed, and where the figures come from: shown with every classification */
  tppBasis?: string | null;
  sources?: string | null;
};

export type CatalogueMatch = { part: CataloguePart; confidence: number; via: "mpn" | "description" };

export const normaliseMaker = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b(corporation|corp|inc|ltd|co|company|limited|semiconductor)\b\.?/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
export const normaliseMpn = (s: string) => s.toUpperCase().replace(/[\s-]+/g, "");
const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^a-z0-9+]+/)
      .filter(Boolean),
  );

export function matchCatalogue(
  line: { manufacturer: string | null; mpn: string | null; description: string | null },
  parts: readonly CataloguePart[],
): CatalogueMatch | null {
  const maker = line.manufacturer ? normaliseMaker(line.manufacturer) : "";
  const mpn = line.mpn ? normaliseMpn(line.mpn) : "";
  let best: CatalogueMatch | null = null;
  const consider = (c: CatalogueMatch) => {
    if (!best || c.confidence > best.confidence) best = c;
  };
  for (const part of parts) {
    const partMaker = normaliseMaker(part.manufacturer);
    const sameMaker =
      maker !== "" && (maker === partMaker || maker.startsWith(partMaker) || partMaker.startsWith(maker));
    if (mpn && part.mpnPattern && sameMaker) {
      try {
        if (new RegExp(part.mpnPattern, "i").test(mpn)) {
          consider({ part, confidence: 1, via: "mpn" });
          continue;
        }
      } catch {
        /* a bad pattern an admin typed never matches */
      }
    }
    if (!line.description) continue;
    const desc = words(line.description);
    const makerNamed = sameMaker || desc.has(partMaker.split(" ")[0] ?? "");
    const named = [part.product, ...(part.names ?? "").split(";")]
      .map((n) => [...words(n)])
      .some((ws) => ws.length > 0 && ws.every((w) => desc.has(w)));
    if (!makerNamed || !named) continue;
    // the variant's distinctive words ("SXM", "PCIe", "NVL") raise the confidence; a described variant that
    // contradicts it ("PCIe" for an SXM part) lowers it
    const variantWords = [...words(part.variant ?? "")].filter((w) => /^(sxm\d?|pcie|nvl|oam|hgx)$/.test(w));
    const agrees = variantWords.filter((w) => desc.has(w) || [...desc].some((d) => d.startsWith(w))).length;
    consider({
      part,
      confidence: Math.min(0.95, 0.8 + 0.1 * agrees - (variantWords.length && !agrees ? 0.05 : 0)),
      via: "description",
    });
  }
  return best;
}

/**
 * A chip below every 3A090 test (or dated before 3A090 existed) falls back to the anti-terrorism-only entries:
 * 3A991 for the IC ("3A991 Electronic devices, and components not controlled by 3A001"; .p covers ICs n.e.s. of 8
 * TOPS or more), 4A994 for a board or computer, 5A992 for one with mass-market encryption: each "AT applies to entire
 * entry => AT Column 1" (part 774, Supp. No. 1, eCFR of 2026-07-23). The catalogue cannot tell an IC from a board, so
 * it says 3A991 and states the assumption; the answer is the same for all three (a licence only where AT, the part
 * 746 embargoes or Russia/Belarus reach). Another entry (3A001 for a radiation-hardened part, say) is not ruled out:
 * the manufacturer's declaration or an override takes precedence over the catalogue.
 */
const belowThresholds = "3A991";
const belowThresholdsWhy =
  "below the 3A090 tests, so classified 3A991 (assumed: an IC; a board is 4A994, an item with encryption 5A992, each anti-terrorism only with the same answer)";

/** The ECCN a catalogue part has on `asOf`, and why. */
export function catalogueEccn(part: CataloguePart, asOf: string): { eccn: string | null; why: string } {
  if (part.tpp != null) {
    const r = classifyChip(
      {
        denseTops: null,
        bitLength: null,
        statedTpp: part.tpp,
        dieAreaMm2: part.dieAreaMm2,
        dataCentre: part.datacenter,
      },
      asOf,
    );
    const shown = [
      r.arithmetic.join("; "),
      part.tppBasis ? `basis: ${part.tppBasis}` : null,
      part.sources ? `sources: ${part.sources}` : null,
    ]
      .filter(Boolean)
      .join("; ");
    if (r.eccn === "3A090.a" || r.eccn === "3A090.b") return { eccn: r.eccn, why: shown };
    if (r.eccn === "not 3A090") return { eccn: belowThresholds, why: `${shown}: ${belowThresholdsWhy}` };
    return { eccn: null, why: `${shown}: no ECCN known for that date` };
  }
  const stated = part.eccn && /^[0-9][A-E][0-9]{3}(\.[a-z0-9]+)*$|^EAR99$/.test(part.eccn) ? part.eccn : null;
  return {
    eccn: stated,
    why: stated
      ? `ECCN ${stated} as stated by the catalogue's source${part.sources ? ` (${part.sources})` : ""}`
      : `catalogue says "${part.eccn ?? "no ECCN"}": no ECCN known`,
  };
}
