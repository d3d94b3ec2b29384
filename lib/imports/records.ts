// One row of cells -> one validated record per kind, or the problems that row has (row, column, value, and
// what was expected). Pure: the pipeline decides what to do with records and problems.
import { splitReferences } from "../boms/normalise";
import { nonPartReason, type NonPartReason } from "../boms/non-part";
import { looksLikePartNumber, splitMpnPackage } from "../boms/mpn-package";
import { toListedEntry, type ListedEntryInput } from "../lists/csl";
import {
  checkAmount,
  checkCountry,
  checkCurrency,
  checkDate,
  checkEccn,
  checkHts,
  checkOneOf,
  checkPercent,
  checkPeriod,
  checkText,
  checkWholeNumber,
  type Check,
} from "./fields";
import type { FieldMapping } from "./kinds";
import type { Declaration } from "../rules/declarations";

export type RowProblem = {
  row: number;
  column: string;
  value: string;
  expected: string;
  /** the row's cells as the file has them (joined, shortened), so a problem can be found without the file */
  content?: string;
};

type Ctx = {
  row: number;
  cells: readonly string[];
  header: readonly string[];
  mapping: FieldMapping;
  problems: RowProblem[];
};

function cell(ctx: Ctx, field: string): string | null {
  const i = ctx.mapping[field];
  return i === undefined ? null : (ctx.cells[i] ?? "");
}

function take<T>(ctx: Ctx, field: string, check: Check<T>): T | undefined {
  if (check.ok) return check.value;
  const i = ctx.mapping[field];
  ctx.problems.push({
    row: ctx.row,
    column: (i !== undefined ? ctx.header[i] : undefined) || field,
    value: cell(ctx, field) ?? "",
    expected: check.expected,
  });
  return undefined;
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/**
 * One row's cells by field name, and `take`, which keeps a checked value or records the row's problem (file row,
 * the file's own column heading, the value, what was expected): what each kind's record reader is built from.
 */
export function rowReader(cells: readonly string[], row: number, header: readonly string[], mapping: FieldMapping) {
  const ctx: Ctx = { row, cells, header, mapping, problems: [] };
  return {
    blank: blank(cells),
    problems: ctx.problems,
    cell: (field: string) => cell(ctx, field),
    take: <T>(field: string, check: Check<T>) => take(ctx, field, check),
  };
}

export type BomRecord = {
  rowNumber: number;
  references: string[];
  manufacturer: string | null;
  mpn: string | null;
  description: string | null;
  quantity: number;
  unitPrice: string | null;
  currency: string | null;
  eccn: string | null;
  countryOfOrigin: string | null;
  usContentPct: number | null;
  dnp: boolean;
  product: string | null;
  /** the package split off a fused part number ("LAN8710A-EZC(QFN32)" -> "QFN32"); kept in the description */
  package: string | null;
};

const DNP = /^(dnp|dni|dnf|do not (populate|place|fit|install)|not fitted|nf)$/i;

/** A DNP/DNI marker in any cell; only cells starting with d or n can be one, so the rest skip the regex. */
function hasDnpMarker(cells: readonly string[]): boolean {
  for (const c of cells) {
    const t = c.trimStart();
    const f = t.charCodeAt(0) | 0x20;
    if ((f === 100 || f === 110) && DNP.test(t.trimEnd())) return true;
  }
  return false;
}

export function bomRecord(
  cells: readonly string[],
  row: number,
  header: readonly string[],
  mapping: FieldMapping,
): { record: BomRecord | null; problems: RowProblem[]; skipReason?: NonPartReason } {
  const ctx: Ctx = { row, cells, header, mapping, problems: [] };
  if (blank(cells)) return { record: null, problems: [] };
  const references = splitReferences(cell(ctx, "reference") ?? "");
  const manufacturer = take(ctx, "manufacturer", checkText(cell(ctx, "manufacturer"), { max: 200 }));
  const mpnCell = take(ctx, "mpn", checkText(cell(ctx, "mpn"), { max: 200 }));
  const description = take(ctx, "description", checkText(cell(ctx, "description"))) ?? null;
  const value = take(ctx, "value", checkText(cell(ctx, "value"), { max: 500 })) ?? null;
  const skipReason = nonPartReason({
    references,
    value: value ?? "",
    description: description ?? "",
    cells,
    hasMpn: Boolean(mpnCell),
  });
  if (skipReason) return { record: null, problems: [], skipReason };
  // a part number with its package fused on; where the file has no part-number column (KiCad's
  // "Designation"), a value that reads as a part number is one
  const fused = mpnCell ? splitMpnPackage(mpnCell) : value ? splitMpnPackage(value) : null;
  const mpn =
    fused?.mpn ?? mpnCell ?? (mapping.mpn === undefined && value && looksLikePartNumber(value) ? value : undefined);
  if (!mpn && !description && !value && references.length === 0 && ctx.problems.length === 0)
    return { record: null, problems: [] }; // a note line after the table
  const quantity = take(ctx, "quantity", checkWholeNumber(cell(ctx, "quantity")));
  const unitPrice = take(ctx, "unitPrice", checkAmount(cell(ctx, "unitPrice"), { decimals: 4 }));
  const currency = take(ctx, "currency", checkCurrency(cell(ctx, "currency")));
  const eccn = take(ctx, "eccn", checkEccn(cell(ctx, "eccn")));
  const countryOfOrigin = take(ctx, "countryOfOrigin", checkCountry(cell(ctx, "countryOfOrigin")));
  const usContentPct = take(ctx, "usContentPct", checkPercent(cell(ctx, "usContentPct")));
  const product = take(ctx, "product", checkText(cell(ctx, "product"), { max: 200 }));
  if (!mpn && !description && !value) {
    ctx.problems.push({
      row,
      column: "mpn / description",
      value: "",
      expected: "a part number or a description for the line",
    });
  }
  if (ctx.problems.length) return { record: null, problems: ctx.problems };
  return {
    record: {
      rowNumber: row,
      references,
      manufacturer: manufacturer ?? null,
      mpn: mpn ?? null,
      description: description ?? value,
      quantity: quantity ?? (references.length || 1),
      unitPrice: unitPrice ?? null,
      currency: currency ?? null,
      eccn: eccn ?? null,
      countryOfOrigin: countryOfOrigin ?? null,
      usContentPct: usContentPct ?? null,
      dnp: hasDnpMarker(cells),
      product: product ?? null,
      package: fused?.package ?? null,
    },
    problems: [],
  };
}

export const partyKinds = ["customer", "supplier", "ship-to"] as const;
export type PartyRecord = {
  rowNumber: number;
  name: string;
  kind: (typeof partyKinds)[number];
  country: string | null;
  address: string | null;
  identifiers: string | null;
  parentName: string | null;
  parentCountry: string | null;
  externalId: string | null;
};

export function partyRecord(
  cells: readonly string[],
  row: number,
  header: readonly string[],
  mapping: FieldMapping,
): { record: PartyRecord | null; problems: RowProblem[] } {
  const ctx: Ctx = { row, cells, header, mapping, problems: [] };
  if (blank(cells)) return { record: null, problems: [] };
  const name = take(ctx, "name", checkText(cell(ctx, "name"), { required: true, max: 500 }));
  const kind = take(ctx, "kind", checkOneOf(cell(ctx, "kind"), partyKinds, "customer"));
  const country = take(ctx, "country", checkCountry(cell(ctx, "country")));
  const address = take(ctx, "address", checkText(cell(ctx, "address")));
  const identifiers = take(ctx, "identifiers", checkText(cell(ctx, "identifiers"), { max: 500 }));
  const parentName = take(ctx, "parentName", checkText(cell(ctx, "parentName"), { max: 500 }));
  const parentCountry = take(ctx, "parentCountry", checkCountry(cell(ctx, "parentCountry")));
  const externalId = take(ctx, "externalId", checkText(cell(ctx, "externalId"), { max: 200 }));
  if (ctx.problems.length) return { record: null, problems: ctx.problems };
  return {
    record: {
      rowNumber: row,
      name: name!,
      kind: kind!,
      country: country ?? null,
      address: address ?? null,
      identifiers: identifiers ?? null,
      parentName: parentName ?? null,
      parentCountry: parentCountry ?? null,
      externalId: externalId ?? null,
    },
    problems: [],
  };
}

export const segments = ["hardware", "software", "services"] as const;
export type FinancialRecord = {
  rowNumber: number;
  productLine: string;
  segment: (typeof segments)[number];
  period: string;
  revenue: string;
  cost: string;
  currency: string;
  source: string | null;
};

export function financialRecord(
  cells: readonly string[],
  row: number,
  header: readonly string[],
  mapping: FieldMapping,
): { record: FinancialRecord | null; problems: RowProblem[] } {
  const ctx: Ctx = { row, cells, header, mapping, problems: [] };
  if (blank(cells)) return { record: null, problems: [] };
  const productLine = take(ctx, "productLine", checkText(cell(ctx, "productLine"), { required: true, max: 200 }));
  const segment = take(ctx, "segment", checkOneOf(cell(ctx, "segment"), segments));
  const period = take(ctx, "period", checkPeriod(cell(ctx, "period")));
  const revenue = take(ctx, "revenue", checkAmount(cell(ctx, "revenue")));
  const cost = take(ctx, "cost", checkAmount(cell(ctx, "cost")));
  const currency = take(ctx, "currency", checkCurrency(cell(ctx, "currency"), { required: true }));
  const source = take(ctx, "source", checkText(cell(ctx, "source"), { max: 500 }));
  if (!ctx.problems.length && (revenue == null || cost == null)) {
    for (const f of ["revenue", "cost"] as const)
      if ((f === "revenue" ? revenue : cost) == null)
        ctx.problems.push({
          row,
          column: header[mapping[f] ?? -1] ?? f,
          value: "",
          expected: "an amount (this column is required)",
        });
  }
  if (ctx.problems.length) return { record: null, problems: ctx.problems };
  return {
    record: {
      rowNumber: row,
      productLine: productLine!,
      segment: segment!,
      period: period!,
      revenue: revenue!,
      cost: cost!,
      currency: currency!,
      source: source ?? null,
    },
    problems: [],
  };
}

/** A CSL record (header name -> value) to a listed entry; a record needs its source and name. */
export function cslRecord(
  values: Record<string, string | undefined>,
  row: number,
): { record: ListedEntryInput | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const name = (values.name ?? "").trim();
  const source = (values.source ?? "").trim();
  if (!source)
    problems.push({
      row,
      column: "source",
      value: "",
      expected: "the source list (e.g. Entity List (EL) - Bureau of Industry and Security)",
    });
  if (!name) problems.push({ row, column: "name", value: "", expected: "the listed name" });
  if (problems.length) return { record: null, problems };
  return { record: toListedEntry(values, row), problems };
}

/** An internal-list row (name, aliases, country, note) as a listed entry of the INTERNAL source. */
export function customListRecord(
  cells: readonly string[],
  row: number,
  header: readonly string[],
  mapping: FieldMapping,
): { record: ListedEntryInput | null; problems: RowProblem[] } {
  const ctx: Ctx = { row, cells, header, mapping, problems: [] };
  if (blank(cells)) return { record: null, problems: [] };
  const name = take(ctx, "name", checkText(cell(ctx, "name"), { required: true, max: 500 }));
  const aliases = take(ctx, "aliases", checkText(cell(ctx, "aliases")));
  const country = take(ctx, "country", checkCountry(cell(ctx, "country")));
  const note = take(ctx, "note", checkText(cell(ctx, "note")));
  if (ctx.problems.length) return { record: null, problems: ctx.problems };
  return {
    record: toListedEntry(
      {
        source: "Internal list (INTERNAL)",
        name: name!,
        alt_names: aliases ?? "",
        addresses: country ?? "",
        remarks: note ?? "",
      },
      row,
    ),
    problems: [],
  };
}

/** A declaration as imported: what the rules read (lib/rules/declarations.ts), and the file row it came from. */
export type ClassificationRecord = Declaration & { rowNumber: number };

/** A manufacturer's or supplier's declaration for one part: who makes it, its MPN and ECCN, and who says so when. */
export function classificationRecord(
  cells: readonly string[],
  row: number,
  header: readonly string[],
  mapping: FieldMapping,
): { record: ClassificationRecord | null; problems: RowProblem[] } {
  const ctx: Ctx = { row, cells, header, mapping, problems: [] };
  if (blank(cells)) return { record: null, problems: [] };
  const manufacturer = take(ctx, "manufacturer", checkText(cell(ctx, "manufacturer"), { required: true, max: 200 }));
  const mpn = take(ctx, "mpn", checkText(cell(ctx, "mpn"), { required: true, max: 200 }));
  const eccnCell = cell(ctx, "eccn");
  const eccn = take(
    ctx,
    "eccn",
    (eccnCell ?? "").trim()
      ? checkEccn(eccnCell)
      : { ok: false, expected: "an ECCN such as 5A992.c or EAR99 (this column is required)" },
  );
  const hts = take(ctx, "hts", checkHts(cell(ctx, "hts")));
  const countryOfOrigin = take(ctx, "countryOfOrigin", checkCountry(cell(ctx, "countryOfOrigin")));
  const usContentPct = take(ctx, "usContentPct", checkPercent(cell(ctx, "usContentPct")));
  const source = take(ctx, "source", checkText(cell(ctx, "source"), { required: true, max: 1000 }));
  const asOf = take(ctx, "asOf", checkDate(cell(ctx, "asOf"), { required: true }));
  if (ctx.problems.length) return { record: null, problems: ctx.problems };
  return {
    record: {
      rowNumber: row,
      manufacturer: manufacturer!,
      mpn: mpn!,
      eccn: eccn!,
      hts: hts ?? null,
      countryOfOrigin: countryOfOrigin ?? null,
      usContentPct: usContentPct ?? null,
      source: source!,
      asOf: asOf!,
    },
    problems: [],
  };
}
