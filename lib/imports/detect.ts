// Which kind of file is this, in which format, and how sure are we? Decided from the header row (found
// under any preamble) and the first characters; the analyst can override in the UI or with --format.
import { findHeaderRow } from "../boms/normalise";
import { bomHeaderAliases, normaliseHeader } from "../boms/columns";
import { cslColumns } from "../lists/csl-columns";
import { kindFields, type ImportFormat, type ImportKind } from "./kinds";

export type Detection = {
  kind: ImportKind;
  format: ImportFormat;
  confidence: number;
  headerRow: number;
  reason: string;
};

const cslHeaders = Object.keys(cslColumns).filter((h) => h !== "id");
// every name a manufacturer part number column goes by, except KiCad legacy's positional "Field2"
const genericPartNumberHeaders = bomHeaderAliases.mpn.filter((a) => a !== "field2").map(normaliseHeader);

function share(header: Set<string>, names: readonly string[]): number {
  return names.filter((n) => header.has(n)).length / names.length;
}

function bestAliasShare(
  header: Set<string>,
  kind: "parties" | "financials" | "custom-list" | "classifications" | "ownership" | "aliases",
): { required: number; any: number } {
  const fields = kindFields[kind];
  const present = fields.filter((f) => f.aliases.some((a) => header.has(normaliseHeader(a))));
  const required = fields.filter((f) => f.required);
  return {
    required: required.filter((f) => present.includes(f)).length / Math.max(required.length, 1),
    any: present.length / fields.length,
  };
}

/** `firstText` is the start of the decoded file; `rows` its first parsed rows (up to ~50). */
/** BOM layouts told apart by columns only they have (normalised header names), the most specific first. */
const bomSignatures: {
  columns: string[];
  /** at least one of these too, when given */
  oneOf?: string[];
  format: ImportFormat;
  confidence: number;
  reason: string;
}[] = [
  {
    columns: ["manufacturer", "mpn", "description", "quantity"],
    format: "template",
    confidence: 0.97,
    reason: "Chokepoint's BOM template columns",
  },
  {
    columns: ["comment", "designator", "footprint", "lcsc part"],
    format: "jlcpcb",
    confidence: 0.95,
    reason: "JLCPCB columns (Comment, Designator, Footprint, LCSC Part #)",
  },
  {
    // JLCPCB's assembly BOM as people fill it in: an LCSC column under any of its spellings
    columns: ["designator"],
    oneOf: ["lcsc", "lcsc part", "lcsc part number", "lcsc pn", "jlcpcb part", "lcsc 编号"],
    format: "jlcpcb",
    confidence: 0.9,
    reason: "JLCPCB/LCSC columns (Designator and an LCSC part-number column)",
  },
  {
    // KiBoM (the KiCad BOM plugin): one line per grouped part, "Quantity Per PCB"
    columns: ["component", "references", "value", "footprint", "quantity per pcb"],
    format: "kicad-grouped",
    confidence: 0.9,
    reason: "KiBoM columns (Component, References, Value, Footprint, Quantity Per PCB)",
  },
  {
    // KiCad's BOM export as Olimex and others ship it: semicolons, the part in "Designation"
    columns: ["designator", "footprint", "quantity", "designation"],
    format: "kicad-grouped",
    confidence: 0.9,
    reason: "KiCad BOM export columns (Designator, Footprint, Quantity, Designation)",
  },
  {
    columns: ["comment", "designator", "libref"],
    format: "altium",
    confidence: 0.95,
    reason: "Altium columns (Comment, Designator, LibRef)",
  },
  {
    columns: ["ref", "value", "field1"],
    format: "kicad-legacy",
    confidence: 0.9,
    reason: "KiCad legacy per-reference columns (ref, value, Field1…)",
  },
];

export function detectFormat(firstText: string, rows: readonly (readonly string[])[], fileName = ""): Detection | null {
  const trimmed = firstText.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[") || /\.json$/i.test(fileName)) {
    // FollowTheMoney entities, one per line: {"id": ..., "schema": "Ownership", "properties": {...}}
    // with Ownership records it is ownership data; parties alone are a list to screen against
    if (/"schema"\s*:\s*"[A-Z]\w+"/.test(firstText) && /"properties"\s*:/.test(firstText))
      return /"schema"\s*:\s*"Ownership"/.test(firstText)
        ? {
            kind: "ownership",
            format: "ftm",
            confidence: 0.95,
            headerRow: 0,
            reason: "FollowTheMoney entities with Ownership records (JSON lines)",
          }
        : {
            kind: "list",
            format: "ftm",
            confidence: 0.8,
            headerRow: 0,
            reason: "FollowTheMoney party entities (JSON lines), as an internal list",
          };
    const looksCsl = /"(source|alt_names|entity_number)"\s*:/.test(firstText);
    return {
      kind: "list",
      format: "csl-json",
      confidence: looksCsl ? 0.95 : 0.6,
      headerRow: 0,
      reason: looksCsl ? "JSON with CSL field names" : "a JSON file",
    };
  }
  const first = rows[0] ?? [];
  const header = new Set(first.map((c) => c.trim().toLowerCase()));
  const csl = share(header, cslHeaders);
  if (csl >= 0.8 || (header.has("source") && header.has("name") && header.has("alt_names"))) {
    const current = header.has("_id");
    return {
      kind: "list",
      format: current ? "csl-current" : "csl-legacy",
      confidence: Math.min(0.99, 0.5 + csl / 2),
      headerRow: 0,
      reason: `${Math.round(csl * 100)}% of the CSL columns${current ? ", with _id (current layout)" : ", no _id (legacy layout)"}`,
    };
  }

  const bomRow = findHeaderRow(rows);
  const norm = new Set((rows[Math.max(bomRow, 0)] ?? []).map(normaliseHeader));
  const normFirst = new Set(first.map(normaliseHeader));
  const fin = bestAliasShare(normFirst, "financials");
  if (fin.required === 1)
    return {
      kind: "financials",
      format: "financials",
      confidence: 0.95,
      headerRow: 0,
      reason: "product line, segment, period, revenue, cost and currency columns",
    };

  // declarations name a part and its ECCN but, unlike a BOM, no quantity or designators
  const named = (aliases: readonly string[]) => aliases.some((a) => normFirst.has(normaliseHeader(a)));
  if (
    named(bomHeaderAliases.eccn) &&
    named(genericPartNumberHeaders) &&
    !named(bomHeaderAliases.quantity) &&
    !named(bomHeaderAliases.reference)
  ) {
    const cls = bestAliasShare(normFirst, "classifications");
    return {
      kind: "classifications",
      format: "classifications",
      confidence: cls.required === 1 ? 0.95 : 0.7,
      headerRow: 0,
      reason: "part number and ECCN columns without quantities: manufacturer or supplier classifications",
    };
  }

  if (bomRow >= 0) {
    const has = (...names: string[]) => names.every((n) => norm.has(n));
    const signature = bomSignatures.find(
      (sig) => has(...sig.columns) && (!sig.oneOf || sig.oneOf.some((c) => norm.has(c))),
    );
    if (signature)
      return {
        kind: "bom",
        format: signature.format,
        confidence: signature.confidence,
        headerRow: bomRow,
        reason: signature.reason,
      };
    if ((has("ref", "value") || has("reference", "value")) && (has("qty") || has("quantity") || has("qnty"))) {
      return {
        kind: "bom",
        format: "kicad-grouped",
        confidence: bomRow > 0 ? 0.9 : 0.8,
        headerRow: bomRow,
        reason: `KiCad grouped columns${bomRow > 0 ? `, header on line ${bomRow + 1} under a title block` : ""}`,
      };
    }
    if (genericPartNumberHeaders.some((h) => norm.has(h))) {
      return {
        kind: "bom",
        format: "generic",
        confidence: 0.7,
        headerRow: bomRow,
        reason: "part-number columns of a generic BOM",
      };
    }
  }

  const ownership = bestAliasShare(normFirst, "ownership");
  if (ownership.required === 1)
    return {
      kind: "ownership",
      format: "ownership",
      confidence: 0.9,
      headerRow: 0,
      reason: "owner, owned and percent columns",
    };
  // before the internal list, whose aliases column an alias file also has: a listed entry column tells them apart
  const aliases = bestAliasShare(normFirst, "aliases");
  if (aliases.required === 1)
    return {
      kind: "aliases",
      format: "aliases",
      confidence: 0.9,
      headerRow: 0,
      reason: "listed entry, alias and source columns",
    };
  const parties = bestAliasShare(normFirst, "parties");
  const custom = bestAliasShare(normFirst, "custom-list");
  if (normFirst.has("aliases") || normFirst.has("alias") || (normFirst.has("note") && !normFirst.has("kind"))) {
    if (custom.required === 1)
      return {
        kind: "list",
        format: "custom-list",
        confidence: 0.75,
        headerRow: 0,
        reason: "name and aliases columns of an internal list",
      };
  }
  if (parties.required === 1 && parties.any >= 0.3)
    return {
      kind: "parties",
      format: "parties",
      confidence: Math.min(0.9, 0.5 + parties.any / 2),
      headerRow: 0,
      reason: "name with country/kind/address columns",
    };
  if (bomRow >= 0)
    return { kind: "bom", format: "generic", confidence: 0.5, headerRow: bomRow, reason: "some BOM columns" };
  return null;
}
