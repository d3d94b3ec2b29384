// The first look at a file, before anything is written: encoding, kind and format (with a confidence),
// the header, a suggested column mapping, and a preview of the first rows with every problem found in them.
import Papa from "papaparse";
import { detectFormat, type Detection } from "./detect";
import { isFormatOf, type FieldMapping, type FieldSpec, type ImportFormat, type ImportKind } from "./kinds";
import { alignShiftedHeader, fieldsFor, headerSignature, missingRequiredFields, suggestFieldMapping } from "./mapping";
import {
  bomRecord,
  classificationRecord,
  cslRecord,
  customListRecord,
  financialRecord,
  partyRecord,
  type RowProblem,
} from "./records";
import { requiredCslHeaders } from "../lists/csl-columns";
import { ownershipRecord } from "./ownership-record";
import { aliasRecord } from "./alias-record";
import { isRepeatedHeader } from "../lists/csl";

export type FileProblem = { row: number | null; column: string | null; message: string };

export type Analysis = {
  detection: Detection | null;
  kind: ImportKind | null;
  format: ImportFormat | null;
  header: string[];
  headerRow: number;
  signature: string;
  fields: FieldSpec[];
  mapping: FieldMapping;
  mappingSource: "given" | "saved" | "suggested" | "header-names";
  notes: string[];
  fileProblems: FileProblem[];
  preview: { row: number; values: Record<string, unknown> }[];
  /** the CSV delimiter, as detected from the head of the file */
  delimiter?: string;
  previewProblems: RowProblem[];
  /** rows of the preview that are not parts (fiducials, logos, holes, not-fitted places): skipped, and why */
  previewSkipped: SkippedRow[];
};

export type SkippedRow = { row: number; reason: string; content: string };

export type Overrides = { kind?: ImportKind; format?: ImportFormat; mapping?: FieldMapping };

export type RowOutcome = { record: object | null; problems: RowProblem[]; skip?: boolean; skipReason?: string };

/** A row's cells as one line of text for a problem report: what the analyst sees in the file at that row. */
export function rowContent(cells: readonly string[]): string {
  const text = cells
    .map((c) => c.trim())
    .join(" | ")
    .replace(/(\s\|\s*)+$/, "");
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}

export function recordFor(kind: ImportKind, format: ImportFormat, header: readonly string[], mapping: FieldMapping) {
  const toRecord = recordOf(kind, format, header, mapping);
  return (cells: readonly string[], row: number): RowOutcome => {
    const outcome = toRecord(cells, row);
    if (outcome.problems.length) {
      const content = rowContent(cells);
      for (const p of outcome.problems) p.content ??= content;
    }
    return outcome;
  };
}

function recordOf(kind: ImportKind, format: ImportFormat, header: readonly string[], mapping: FieldMapping) {
  return (cells: readonly string[], row: number): RowOutcome => {
    if (kind === "list" && format !== "custom-list") {
      const values: Record<string, string> = {};
      header.forEach((h, i) => {
        if (h.trim()) values[h.trim().toLowerCase()] ??= cells[i] ?? "";
      });
      if (cells.every((c) => c.trim() === "") || isRepeatedHeader(values))
        return { record: null, problems: [], skip: true };
      return cslRecord(values, row);
    }
    if (kind === "list") return customListRecord(cells, row, header, mapping);
    if (kind === "bom") return bomRecord(cells, row, header, mapping);
    if (kind === "parties") return partyRecord(cells, row, header, mapping);
    if (kind === "classifications") return classificationRecord(cells, row, header, mapping);
    if (kind === "ownership") return ownershipRecord(cells, row, header, mapping);
    if (kind === "aliases") return aliasRecord(cells, row, header, mapping);
    return financialRecord(cells, row, header, mapping);
  };
}

/** `headText` is the decoded start of the file; `savedMappingFor` looks up a remembered mapping. */
export function analyse(
  headText: string,
  fileName: string,
  overrides: Overrides,
  savedMappingFor: (kind: string, signature: string) => FieldMapping | null,
): Analysis {
  const isJson = /^\s*[[{]/.test(headText) || /\.json$/i.test(fileName);
  const parsed = isJson ? null : Papa.parse<string[]>(headText, { preview: 200, delimiter: "" });
  const rows = parsed?.data ?? [];
  // the head is cut mid-file: its last row may be partial
  if (!isJson && headText.length >= 65536) rows.pop();
  const detection = detectFormat(headText, rows.slice(0, 50), fileName);
  const kind = overrides.kind ?? detection?.kind ?? null;
  let format: ImportFormat | null =
    overrides.format && kind && isFormatOf(kind, overrides.format)
      ? overrides.format
      : detection && kind === detection.kind
        ? detection.format
        : null;
  if (!format && kind) format = kind === "list" ? "csl-current" : kind === "bom" ? "generic" : kind;
  const fileProblems: FileProblem[] = [];
  const notes: string[] = [];
  const empty: Analysis = {
    detection,
    kind,
    format,
    header: [],
    headerRow: 0,
    signature: "",
    fields: [],
    mapping: {},
    mappingSource: "suggested",
    notes,
    fileProblems,
    preview: [],
    previewProblems: [],
    previewSkipped: [],
  };
  if (!kind || !format) {
    fileProblems.push({
      row: null,
      column: null,
      message:
        "Could not tell what this file is. Expected a Consolidated Screening List (CSV or JSON), a BOM, a party list, financials, part classifications, ownership or known aliases; choose the kind to import it as.",
    });
    return empty;
  }
  if (isJson) return { ...empty, mappingSource: "header-names" };

  const headerRow = kind === "bom" ? Math.max(detection?.kind === "bom" ? detection.headerRow : 0, 0) : 0;
  const header = (rows[headerRow] ?? []).map((h) => h.trim());
  const dataRows = rows.slice(headerRow + 1).filter((r) => r.some((c) => c.trim() !== ""));
  const signature = headerSignature(header);
  const fields = fieldsFor(kind, format);
  let mapping: FieldMapping = {};
  let mappingSource: Analysis["mappingSource"] = "suggested";
  // the columns chosen by their header names (before any realignment): the ones whose names must be unique
  let namedMapping: FieldMapping | null = null;
  if (kind === "list" && format !== "custom-list") {
    mappingSource = "header-names";
    const present = new Set(header.map((h) => h.toLowerCase()));
    for (const col of requiredCslHeaders)
      if (!present.has(col))
        fileProblems.push({
          row: headerRow + 1,
          column: col,
          message: `a list file needs a "${col}" column (the CSL's ${col} column is missing)`,
        });
  } else if (overrides.mapping) {
    mapping = overrides.mapping;
    mappingSource = "given";
  } else {
    const saved = savedMappingFor(kind, signature);
    if (saved) {
      mapping = saved;
      mappingSource = "saved";
    } else {
      mapping = suggestFieldMapping(fields, header);
      namedMapping = mapping;
      const aligned = alignShiftedHeader(header, dataRows.slice(0, 50), mapping);
      if (aligned) {
        mapping = aligned.mapping;
        notes.push(aligned.note);
      }
    }
  }
  if (header.length === 0 || header.every((h) => h === ""))
    fileProblems.push({ row: 1, column: null, message: "no header row: the first line must name the columns" });
  else if (header.length === 1 && /[:|^~\s]/.test(header[0]!)) {
    fileProblems.push({
      row: headerRow + 1,
      column: null,
      message: `the header row reads as one column ("${header[0]!.slice(0, 60)}"): the delimiter is not one of comma, semicolon, tab or |; export the file as CSV`,
    });
  }
  const dupes = duplicateMappedHeaders(
    header,
    kind === "list" && format !== "custom-list" ? null : (namedMapping ?? mapping),
  );
  if (dupes.length)
    fileProblems.push({
      row: headerRow + 1,
      column: dupes[0]!,
      message: `the column "${dupes[0]}" appears more than once, so which one to read is ambiguous; rename one`,
    });
  for (const f of missingRequiredFields(fields, mapping, format))
    fileProblems.push({
      row: headerRow + 1,
      column: f.label,
      message: `no column is mapped to ${f.label}, which is required`,
    });
  // a BOM line is checked by what identifies the part: without any such column every row would be refused
  if (kind === "bom" && header.length > 0 && !["mpn", "description", "value"].some((f) => mapping[f] !== undefined))
    fileProblems.push({
      row: headerRow + 1,
      column: "Manufacturer part number / Description / Value",
      message:
        "no column is mapped to the manufacturer part number, the description or the value; a BOM line needs one of them. Choose the column under Column mapping",
    });
  if (dataRows.length === 0 && header.length > 0)
    fileProblems.push({ row: headerRow + 2, column: null, message: "the file has a header but no data rows" });

  const toRecord = recordFor(kind, format, header, mapping);
  const preview: Analysis["preview"] = [];
  const previewProblems: RowProblem[] = [];
  const previewSkipped: SkippedRow[] = [];
  for (let i = headerRow + 1; i < rows.length && preview.length < 20; i++) {
    const { record, problems, skip, skipReason } = toRecord(rows[i]!, i + 1);
    previewProblems.push(...problems);
    if (skipReason) previewSkipped.push({ row: i + 1, reason: skipReason, content: rowContent(rows[i]!) });
    if (record && !skip) preview.push({ row: i + 1, values: record as Record<string, unknown> });
  }
  // the delimiter found here is handed to the streaming parse, which would otherwise guess it again
  return {
    detection,
    kind,
    format,
    header,
    headerRow,
    signature,
    fields,
    mapping,
    mappingSource,
    notes,
    fileProblems,
    preview,
    previewProblems,
    previewSkipped,
    delimiter: parsed?.meta.delimiter,
  };
}

/** Header names that occur twice where a field (or, for CSL, a column name) is read from them. */
function duplicateMappedHeaders(header: readonly string[], mapping: FieldMapping | null): string[] {
  const counts = new Map<string, number>();
  // exact names (case and spacing aside): "Note" and "Note:" are two different columns
  const key = (h: string) => h.trim().toLowerCase().replace(/\s+/g, " ");
  for (const h of header) if (h.trim()) counts.set(key(h), (counts.get(key(h)) ?? 0) + 1);
  const read = mapping ? Object.values(mapping).map((i) => header[i] ?? "") : header;
  return [...new Set(read.filter((h) => h.trim() && (counts.get(key(h)) ?? 0) > 1))];
}
