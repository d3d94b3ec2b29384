// Column mapping: which column of the file feeds which field. Suggested from header names, corrected for
// a header row that is one column short (the real HackRF KiCad export), remembered per header signature.
import { createHash } from "node:crypto";
import { normaliseHeader } from "../boms/columns";
import { kindFields, type FieldMapping, type FieldSpec, type ImportFormat, type ImportKind } from "./kinds";

export function fieldsFor(kind: ImportKind, format: ImportFormat): FieldSpec[] {
  if (kind === "list") return format === "custom-list" ? kindFields["custom-list"] : [];
  return kindFields[kind];
}

/** The same header (names and order, case and spacing aside) always gives the same signature. */
export function headerSignature(header: readonly string[]): string {
  return createHash("sha256").update(header.map(normaliseHeader).join("\u0001")).digest("hex").slice(0, 32);
}

export function suggestFieldMapping(fields: readonly FieldSpec[], header: readonly string[]): FieldMapping {
  const mapping: FieldMapping = {};
  const normalised = header.map(normaliseHeader);
  for (const f of fields) {
    const i = f.aliases
      .map(normaliseHeader)
      .map((a) => normalised.indexOf(a))
      .find((x) => x >= 0);
    if (i !== undefined && !Object.values(mapping).includes(i)) mapping[f.field] = i;
  }
  return mapping;
}

/**
 * A header row one column short: its last header is empty, yet the data fill that column, and a named
 * column is empty in the data. Cells from that named column on then sit one place to the right of their
 * headers. Returns the corrected mapping and a note for the analyst, or null when the header is fine.
 */
export function alignShiftedHeader(
  header: readonly string[],
  sample: readonly (readonly string[])[],
  mapping: FieldMapping,
): { mapping: FieldMapping; note: string } | null {
  const rows = sample.filter((r) => r.some((c) => c.trim() !== ""));
  if (rows.length < 3 || header.length < 3) return null;
  const last = header.length - 1;
  if (header[last]!.trim() !== "") return null;
  const filled = (i: number) => rows.filter((r) => (r[i] ?? "").trim() !== "").length / rows.length;
  if (filled(last) < 0.8) return null;
  const firstEmpty = header.findIndex((h, i) => i > 0 && i < last && h.trim() !== "" && filled(i) < 0.1);
  if (firstEmpty < 0) return null;
  const shifted: FieldMapping = {};
  for (const [field, i] of Object.entries(mapping)) shifted[field] = i >= firstEmpty ? i + 1 : i;
  return {
    mapping: shifted,
    note: `The header row is one column short: from "${header[firstEmpty]}" on, each column's data sits one place to its right, and is read from there.`,
  };
}

/** Fields that must be mapped for the file to be importable. */
export function missingRequiredFields(
  fields: readonly FieldSpec[],
  mapping: FieldMapping,
  format: ImportFormat,
): FieldSpec[] {
  const required = fields.filter(
    (f) =>
      f.required || (format === "template" && ["manufacturer", "mpn", "description", "quantity"].includes(f.field)),
  );
  return required.filter((f) => mapping[f.field] === undefined);
}
