// BOM rows (already split into cells by papaparse) -> Chokepoint BOM lines: find the header row under any
// title-block preamble, suggest a column mapping, split reference designators, honour DNP/DNI.
import { bomFields, bomHeaderAliases, normaliseHeader, type BomField } from "./columns";

export type BomMapping = Partial<Record<BomField, number>>;

export type BomLineInput = {
  lineNo: number;
  rowNumber: number;
  references: string[];
  manufacturer: string | null;
  mpn: string | null;
  description: string | null;
  quantity: number;
  eccn: string | null;
  countryOfOrigin: string | null;
  dnp: boolean;
};

export type RowProblem = { row: number; column: string; value: string; expected: string };

const aliasToField = new Map<string, BomField>();
for (const field of bomFields) for (const alias of bomHeaderAliases[field]) aliasToField.set(alias, field);

/** The first row (within the first 50) in which at least two cells are known BOM headers. */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  for (let i = 0; i < Math.min(rows.length, 50); i++) {
    const known = rows[i]!.filter((c) => aliasToField.has(normaliseHeader(c))).length;
    if (known >= 2) return i;
  }
  return -1;
}

/** Maps each field to the first column whose header is one of its aliases. */
export function suggestMapping(header: readonly string[]): BomMapping {
  const mapping: BomMapping = {};
  header.forEach((h, i) => {
    const field = aliasToField.get(normaliseHeader(h));
    if (field && mapping[field] === undefined) mapping[field] = i;
  });
  return mapping;
}

/** "C1, C2" / "C2 C4 C6 " / "C103-C105" -> ["C1","C2"] / ["C2","C4","C6"] / ["C103","C104","C105"]. */
export function splitReferences(raw: string): string[] {
  if (raw === "") return [];
  // the common case, one designator: no splitting, no range
  if (!/[,;\s-]/.test(raw)) return [raw];
  const out: string[] = [];
  for (const token of raw.split(/[,;\s]+/).filter(Boolean)) {
    const range = /^([A-Za-z]+)(\d+)-(?:\1)?(\d+)$/.exec(token);
    if (range) {
      const [, prefix, from, to] = range;
      const a = Number(from), b = Number(to);
      if (b >= a && b - a < 1000) {
        for (let n = a; n <= b; n++) out.push(`${prefix}${n}`);
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

const DNP = /^(dnp|dni|dnf|do not (populate|place|fit|install)|not fitted|nf)$/i;

export function toBomLines(rows: readonly (readonly string[])[], headerRow: number, mapping: BomMapping): { lines: BomLineInput[]; problems: RowProblem[] } {
  const header = rows[headerRow] ?? [];
  const lines: BomLineInput[] = [];
  const problems: RowProblem[] = [];
  const cell = (row: readonly string[], field: BomField): string | null => {
    const i = mapping[field];
    if (i === undefined) return null;
    const v = (row[i] ?? "").trim();
    return v === "" ? null : v;
  };
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => c.trim() === "")) continue;
    const rowNumber = r + 1;
    const references = splitReferences(cell(row, "reference") ?? "");
    const manufacturer = cell(row, "manufacturer");
    const mpn = cell(row, "mpn");
    const description = cell(row, "description") ?? cell(row, "value");
    if (!mpn && !description && references.length === 0) continue; // summary or note lines after the table
    const qtyRaw = cell(row, "quantity");
    let quantity = references.length || 1;
    if (qtyRaw !== null) {
      const q = Number(qtyRaw.replace(/,/g, ""));
      if (!Number.isFinite(q) || q < 0 || !Number.isInteger(q)) {
        problems.push({ row: rowNumber, column: header[mapping.quantity!] ?? "quantity", value: qtyRaw, expected: "a whole number of 0 or more" });
        continue;
      }
      quantity = q;
    }
    lines.push({
      lineNo: lines.length + 1,
      rowNumber,
      references,
      manufacturer,
      mpn,
      description,
      quantity,
      eccn: cell(row, "eccn")?.toUpperCase() ?? null,
      countryOfOrigin: cell(row, "countryOfOrigin")?.toUpperCase() ?? null,
      dnp: row.some((c) => DNP.test(c.trim())),
    });
  }
  return { lines, problems };
}
