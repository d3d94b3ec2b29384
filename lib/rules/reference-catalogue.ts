// The parts catalogue every database gets (reference data, not demo data), built from the team-compiled facts
// in data/reference: the accelerators (accelerators.csv, their published dense rates and die areas) classified by
// the product's own TPP / performance-density classifier (tpp.ts), the names and MPN patterns real BOMs use
// (accelerator-names.csv), and NVIDIA's Jetson part numbers with origin and the ECCN as NVIDIA states it
// (nvidia-jetson-eccn-origin.csv). Pure: the caller reads the files.
import { classifyChip, ruleDates, type TppClass } from "./tpp";

export type FactsRow = Record<string, string>;

/** A catalogue row as stored (the `part` table), keyed by `refKey` so loading it again updates, never doubles. */
export type ReferencePart = {
  refKey: string;
  manufacturer: string;
  product: string;
  variant: string | null;
  mpnPattern: string | null;
  /** other names BOM descriptions use for the part, "; " separated */
  names: string | null;
  category: string;
  datacenter: boolean;
  tpp: number | null;
  performanceDensity: number | null;
  dieAreaMm2: number | null;
  tppBasis: string | null;
  /** the ECCN the manufacturer states (Jetson); accelerators are classified by date from their figures instead */
  eccn: string | null;
  /** the classifier's answer under the current 3A090 text (2023-10-17 and later) */
  eccnFromThresholds: string | null;
  countryOfOrigin: string | null;
  licenseNote: string | null;
  sources: string;
  confidence: string | null;
};

type Precision = { column: string; label: string; bits: number; basisLabels: string[] };
// the columns of accelerators.csv and the bit length of each (Technical Note 2 to 3A090: TPP = 2 x MacTOPS x
// bit length; 2 x MacTOPS is the datasheet's dense TOPS or TFLOPS figure)
const precisions: Precision[] = [
  { column: "dense_fp16_bf16_tflops", label: "FP16/BF16", bits: 16, basisLabels: ["FP16/BF16", "FP16", "BF16"] },
  { column: "dense_fp8_tflops", label: "FP8", bits: 8, basisLabels: ["FP8"] },
  { column: "dense_int8_tops", label: "INT8", bits: 8, basisLabels: ["INT8"] },
  { column: "dense_fp6_tflops", label: "FP6", bits: 6, basisLabels: ["FP6"] },
  { column: "dense_fp4_tflops", label: "FP4", bits: 4, basisLabels: ["FP4"] },
];

const num = (v: string | undefined): number | null => {
  const t = (v ?? "").trim().replace(/,/g, "");
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};

export type PublishedRate = { label: string; rate: number; bits: number; tpp: number };

/**
 * The dense rates a row publishes, each with its TPP. The rate columns are rounded to whole numbers where the
 * row's `tpp_basis` states the figure more exactly ("FP8 660.6 x 8"): the stated figure is used then.
 */
export function publishedRates(row: FactsRow): PublishedRate[] {
  const stated = new Map<string, number>();
  for (const m of (row.tpp_basis ?? "").matchAll(
    /\b(FP16\/BF16|FP16|BF16|FP8|INT8|FP6|FP4)\s+(\d+(?:\.\d+)?)\s*x\s*(\d+)/g,
  ))
    stated.set(m[1]!, Number(m[2]));
  const rates: PublishedRate[] = [];
  for (const p of precisions) {
    const column = num(row[p.column]);
    const fromBasis = p.basisLabels.map((l) => stated.get(l)).find((v) => v != null);
    const rate = fromBasis ?? column;
    if (rate != null) rates.push({ label: p.label, rate, bits: p.bits, tpp: rate * p.bits });
  }
  return rates;
}

const fmt = (n: number, d = 1) => String(Math.round(n * 10 ** d) / 10 ** d);
/** Floating-point noise off (10066.3 x 6 = 60397.799999...), far below any threshold's precision. */
const clean = (n: number | null) => (n == null ? null : Math.round(n * 1e6) / 1e6);

/** One accelerator classified by the product's classifier on `asOf`, with the arithmetic. */
export function classifyAccelerator(row: FactsRow, asOf: string) {
  const rates = publishedRates(row);
  const best = rates.reduce<PublishedRate | null>((b, r) => (!b || r.tpp > b.tpp ? r : b), null);
  const result = classifyChip(
    {
      denseTops: best?.rate ?? null,
      bitLength: best?.bits ?? null,
      dieAreaMm2: num(row.die_area_mm2),
      dataCentre: row.segment === "dc",
    },
    asOf,
  );
  const basis = best
    ? `highest dense rate x bit length: ${rates.map((r) => `${r.label} ${r.rate} x ${r.bits} = ${fmt(r.tpp)}`).join("; ")} (sparsity not counted)`
    : "no published dense rate";
  return { ...result, basis, best };
}

/** The facts row's own `eccn_by_thresholds` reduced to the classifier's classes ("needs die area": unknown). */
export function factsClass(row: FactsRow): TppClass {
  const v = (row.eccn_by_thresholds ?? "").trim();
  if (v === "3A090.a" || v === "3A090.b") return v;
  if (v.startsWith("not 3A090")) return "not 3A090";
  return "unknown";
}

const refKey = (...parts: string[]) =>
  parts
    .join(" ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const segmentCategory: Record<string, string> = {
  dc: "AI accelerator / GPU (data centre)",
  workstation: "GPU (workstation)",
  consumer: "GPU (consumer)",
};

export function acceleratorParts(rows: FactsRow[], names: FactsRow[]): ReferencePart[] {
  const nameOf = new Map(names.map((n) => [`${n.product}|${n.variant}`, n]));
  return rows.map((row) => {
    const n = nameOf.get(`${row.product}|${row.variant}`);
    const c = classifyAccelerator(row, ruleDates.tppPdRule);
    const die = num(row.die_area_mm2);
    const sources = [
      `performance: ${row.source_performance}`,
      row.source_die_area ? `die area (${row.die_area_basis || "as published"}): ${row.source_die_area}` : null,
      n?.mpn_pattern ? `MPN: ${n.mpn_basis}` : null,
      "compiled in data/reference/accelerators.csv (team facts)",
    ].filter(Boolean);
    return {
      refKey: refKey("acc", row.vendor!, row.product!, row.variant!),
      manufacturer: row.vendor!,
      product: row.product!,
      variant: row.variant || null,
      mpnPattern: n?.mpn_pattern || null,
      names: n?.names || null,
      category: segmentCategory[row.segment!] ?? "AI accelerator / GPU",
      datacenter: row.segment === "dc",
      tpp: clean(c.tpp),
      performanceDensity: clean(c.pd),
      dieAreaMm2: die,
      tppBasis: c.basis,
      eccn: null,
      eccnFromThresholds: c.eccn,
      countryOfOrigin: null,
      licenseNote: row.notes || null,
      sources: sources.join("; "),
      confidence: row.confidence || null,
    };
  });
}

/** Jetson modules and kits: the part number matches exactly; the ECCN is NVIDIA's own blanket statement. */
export function jetsonParts(rows: FactsRow[]): ReferencePart[] {
  return rows.map((row) => ({
    refKey: refKey("jetson", row.part_number!),
    manufacturer: "NVIDIA",
    product: row.product!,
    variant: `${row.kind}, ${row.part_number}`,
    mpnPattern: `^${row.part_number!.toUpperCase().replace(/[\s-]+/g, "")}$`,
    names: null,
    category: row.kind === "module" ? "edge AI module" : "edge AI developer kit",
    datacenter: false,
    tpp: null,
    performanceDensity: null,
    dieAreaMm2: null,
    tppBasis: null,
    eccn: row.eccn || null,
    eccnFromThresholds: null,
    countryOfOrigin: row.country_of_origin || null,
    licenseNote: row.msrp_usd ? `MSRP USD ${row.msrp_usd} (${row.msrp_basis})` : null,
    sources: `${row.source} (captured 2026-08-05: "The ECCN is 5A992.C" for the family), compiled in data/reference/nvidia-jetson-eccn-origin.csv`,
    confidence: "high (manufacturer's statement)",
  }));
}
