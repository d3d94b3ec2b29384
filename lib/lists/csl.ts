// Turns one Consolidated Screening List record (header -> value) into a listed entry with its aliases and
// addresses split out, handling the real quirks documented in shared/reference/facts/csl-format.md.
import { createHash } from "node:crypto";
import { cslColumns, type CslField } from "./csl-columns";
import { COUNTRY_CODE } from "../country-code";

export type ListedAliasInput = { name: string; kind: "alias" | "acronym" };
export type ListedAddressInput = { street: string | null; city: string | null; country: string | null; raw: string };

export type ListedEntryInput = { [K in CslField]: K extends "source" | "name" ? string : string | null } & {
  rowNumber: number;
  sourceCode: string;
  entryKey: string;
  contentHash: string;
  footnotes: string | null;
  aliases: ListedAliasInput[];
  addressRows: ListedAddressInput[];
};

const clean = (v: string | undefined | null): string | null => {
  const t = (v ?? "").replace(/\s+/g, " ").trim();
  return t === "" ? null : t;
};

/** "Entity List (EL) - Bureau of Industry and Security" -> "EL"; "… (NS-MBS List) - Treasury" -> "NS-MBS". */
export function sourceCode(source: string): string {
  const m = /\(([^)]+)\)/.exec(source);
  if (m?.[1])
    return m[1]
      .replace(/\s+List$/i, "")
      .trim()
      .toUpperCase();
  if (/internal/i.test(source)) return "INTERNAL";
  return source.trim().slice(0, 24).toUpperCase();
}

/** `; `-joined aliases; the last may start with "and " and end with a full stop. */
export function splitAliases(raw: string | null): string[] {
  if (!raw) return [];
  return raw
    .split(/;\s*/)
    .map((a) =>
      a
        .trim()
        .replace(/^and\s+/i, "")
        .replace(/\.$/, "")
        .trim(),
    )
    .filter((a) => a.length > 0);
}

/** A parenthesised acronym in a listed name ("National University of Defense Technology (NUDT)") is an alias. */
export function acronymsInName(name: string): string[] {
  const out: string[] = [];
  for (const m of name.matchAll(/\(([^()]{2,24})\)/g)) {
    const inner = m[1]!.trim();
    // two letters in brackets are a place ("(HK)"), not an acronym
    if (/^[A-Z0-9][A-Z0-9&.\- ]*[A-Z0-9]$/.test(inner) && /[A-Z]/.test(inner) && inner.length >= 3) out.push(inner);
  }
  return out;
}

/**
 * Addresses are `; `-joined, but `; and ` also occurs inside one street (CETC 13), so a fragment that
 * starts with "and " or carries no country code of its own belongs to the address before it... unless it is
 * the first. Each address ends with its ISO alpha-2 country: one row can list several countries.
 */
export function splitAddresses(raw: string | null): ListedAddressInput[] {
  if (!raw) return [];
  const merged: string[] = [];
  const fragments = raw.split(/;\s+/);
  let pending = "";
  for (const fragment of fragments) {
    const f = fragment.trim();
    if (!f) continue;
    pending = pending ? `${pending}; ${f}` : f;
    const last = pending.split(",").pop()!.trim();
    if (COUNTRY_CODE.test(last)) {
      merged.push(pending);
      pending = "";
    }
  }
  if (pending) merged.push(pending);
  return merged.map((addr) => {
    const parts = addr
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    const last = parts[parts.length - 1] ?? "";
    const country = COUNTRY_CODE.test(last) ? last : null;
    const rest = country ? parts.slice(0, -1) : parts;
    const city = rest.length > 1 ? rest[rest.length - 1]! : null;
    const street = rest.length > 1 ? rest.slice(0, -1).join(", ") : (rest[0] ?? null);
    return { street: street || null, city, country, raw: addr };
  });
}

/**
 * Footnote markers are glued on as digits: "(See §§ 734.9(e) and 744.11 of the EAR)4",
 * "(See §§ 734.9(g),3 746.8(a)(3) …". Returns the text without them and the footnote numbers.
 */
export function splitFootnotes(requirement: string | null): { text: string | null; footnotes: string | null } {
  if (!requirement) return { text: null, footnotes: null };
  const notes: string[] = [];
  const text = requirement.replace(/\)(,?)(\d)(?=\s|$)/g, (_m, comma: string, digit: string) => {
    notes.push(digit);
    return `)${comma}`;
  });
  return { text: clean(text), footnotes: notes.length ? [...new Set(notes)].join(",") : null };
}

export function normaliseKeyPart(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** True for the header line repeated in the middle of a file (a record whose `source` is "source"). */
export function isRepeatedHeader(record: Record<string, string | undefined>): boolean {
  return (record.source ?? "").trim().toLowerCase() === "source" && (record.name ?? "").trim().toLowerCase() === "name";
}

// Header names as files spell them ("License_Requirement ") -> field, cached: a list has ~30 headers and
// tens of thousands of rows, so each header is normalised once, not once per row.
const fieldByHeader = new Map<string, CslField | null>();
function fieldOf(header: string): CslField | null {
  let field = fieldByHeader.get(header);
  if (field === undefined) {
    field = cslColumns[header.trim().toLowerCase() as keyof typeof cslColumns] ?? null;
    fieldByHeader.set(header, field);
  }
  return field;
}

type Fields = Record<CslField, string | null>;
/**
 * Every field, null, in one fixed order: each entry then has the same hidden class, so building 30,000 of
 * them (and the spreads a dynamically keyed object would need) stays cheap for V8.
 */
const emptyFields = (): Fields => ({
  externalId: null,
  source: null,
  entityNumber: null,
  type: null,
  programs: null,
  name: null,
  title: null,
  addresses: null,
  federalRegisterNotice: null,
  startDate: null,
  endDate: null,
  standardOrder: null,
  licenseRequirement: null,
  licensePolicy: null,
  callSign: null,
  vesselType: null,
  grossTonnage: null,
  grossRegisteredTonnage: null,
  vesselFlag: null,
  vesselOwner: null,
  remarks: null,
  sourceListUrl: null,
  altNames: null,
  citizenships: null,
  datesOfBirth: null,
  nationalities: null,
  placesOfBirth: null,
  sourceInformationUrl: null,
  ids: null,
});

/** Maps one record (keys = file headers) to an entry; `rowNumber` is the file's 1-based line number. */
export function toListedEntry(record: Record<string, string | undefined>, rowNumber: number): ListedEntryInput {
  const fields = emptyFields();
  for (const header in record) {
    const field = fieldOf(header);
    if (field && fields[field] == null) fields[field] = clean(record[header]);
  }
  const source = fields.source ?? "";
  const name = fields.name ?? "";
  const { text: licenseRequirement, footnotes } = splitFootnotes(fields.licenseRequirement);
  const addressRows = splitAddresses(fields.addresses);
  const aliasNames = splitAliases(fields.altNames);
  const aliases: ListedAliasInput[] = aliasNames.map((a) => ({ name: a, kind: "alias" as const }));
  for (const a of acronymsInName(name)) if (!aliasNames.includes(a)) aliases.push({ name: a, kind: "acronym" });
  const code = sourceCode(source);
  const countries = [...new Set(addressRows.map((a) => a.country).filter(Boolean))].sort().join(",");
  const contentHash = createHash("sha256")
    .update(
      JSON.stringify([
        name,
        fields.altNames,
        fields.addresses,
        licenseRequirement,
        fields.licensePolicy,
        fields.federalRegisterNotice,
        fields.startDate,
        fields.endDate,
        fields.programs,
      ]),
    )
    .digest("hex")
    .slice(0, 32);
  fields.source = source;
  fields.name = name;
  fields.licenseRequirement = licenseRequirement;
  const entry = fields as ListedEntryInput;
  entry.rowNumber = rowNumber;
  entry.sourceCode = code;
  entry.entryKey = `${code}|${normaliseKeyPart(name)}|${countries}`;
  entry.contentHash = contentHash;
  entry.footnotes = footnotes;
  entry.aliases = aliases;
  entry.addressRows = addressRows;
  return entry;
}
