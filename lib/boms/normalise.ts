// BOM layout helpers: find the header row under any title-block preamble, split reference designators.
// Row validation (quantities, DNP/DNI, prices) lives in lib/imports/records.ts, shared by imports and the seed.
import { bomFields, bomHeaderAliases, normaliseHeader, type BomField } from "./columns";

const aliasToField = new Map<string, BomField>();
for (const field of bomFields)
  for (const alias of bomHeaderAliases[field]) aliasToField.set(normaliseHeader(alias), field);

/** The first row (within the first 50) in which at least two cells are known BOM headers. */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  for (let i = 0; i < Math.min(rows.length, 50); i++) {
    const known = rows[i]!.filter((c) => aliasToField.has(normaliseHeader(c))).length;
    if (known >= 2) return i;
  }
  return -1;
}

// Range spellings other than "R5-R10": "R5 to R10" and "R5->R10" (distributor BOM tools, formats.md) and a
// spaced "R5 - R10". Rewritten to "R5-R10" before splitting, so the spaces inside them do not split the range.
const RANGE_SPELLING = /\s*->\s*|\s+(?:to|-)\s+/gi;

/** "C1, C2" / "C2 C4 C6 " / "C103-C105" / "R5 to R7" -> ["C1","C2"] / ["C2","C4","C6"] / ["C103","C104","C105"] / ["R5","R6","R7"]. */
export function splitReferences(raw: string): string[] {
  if (raw === "") return [];
  // the common case, one designator: no splitting, no range
  if (!/[,;\s-]/.test(raw)) return [raw];
  const out: string[] = [];
  for (const token of raw
    .replace(RANGE_SPELLING, "-")
    .split(/[,;\s]+/)
    .filter(Boolean)) {
    const range = /^([A-Za-z]+)(\d+)-(?:\1)?(\d+)$/.exec(token);
    if (range) {
      const [, prefix, from, to] = range;
      const a = Number(from),
        b = Number(to);
      if (b >= a && b - a < 1000) {
        for (let n = a; n <= b; n++) out.push(`${prefix}${n}`);
        continue;
      }
    }
    out.push(token);
  }
  return out;
}
