// FollowTheMoney entities as JSON lines (OpenSanctions' `entities.ftm.json` export, the format yente indexes) ->
// the entries of an internal list. Schema (alephdata/followthemoney, followthemoney/schema/Thing.yaml,
// LegalEntity.yaml): every property is a list of strings; `name` holds one or more names (often in several
// scripts), `alias` and `previousName` other names, `weakAlias` short or common names that alone do not
// identify the entity, `country`/`jurisdiction`/`mainCountry` ISO codes in lower case. Entities of schemas that
// are not parties (Ownership, Sanction, Address, Identification ...) are skipped and counted.
import { toListedEntry, type ListedEntryInput } from "../lists/csl";
import type { RowProblem } from "./records";

/** The FtM schemata a party on a list can have. */
export const ftmPartySchemata = new Set([
  "Thing",
  "LegalEntity",
  "Company",
  "Organization",
  "PublicBody",
  "Person",
  "Vessel",
  "Airplane",
]);

type FtmEntity = { id?: unknown; schema?: unknown; datasets?: unknown; properties?: Record<string, unknown> };

const strings = (props: Record<string, unknown> | undefined, ...names: string[]): string[] => {
  const out: string[] = [];
  for (const n of names) {
    const v = props?.[n];
    for (const x of Array.isArray(v) ? v : v == null ? [] : [v])
      if (typeof x === "string" && x.trim() && !out.includes(x.trim())) out.push(x.trim());
  }
  return out;
};

export type FtmListResult = { entries: ListedEntryInput[]; problems: RowProblem[]; skipped: Map<string, number> };

/** `lines` are the file's lines, 1-based `row` = line number. */
export function ftmListRecords(lines: Iterable<{ row: number; line: string }>): FtmListResult {
  const entries: ListedEntryInput[] = [];
  const problems: RowProblem[] = [];
  const skipped = new Map<string, number>();
  const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1);
  for (const { row, line } of lines) {
    if (!line.trim()) continue;
    let e: FtmEntity;
    try {
      e = JSON.parse(line) as FtmEntity;
    } catch {
      problems.push({ row, column: "(line)", value: line.slice(0, 80), expected: "one JSON object per line" });
      continue;
    }
    if (!e || typeof e !== "object" || typeof e.schema !== "string" || typeof e.properties !== "object") {
      problems.push({
        row,
        column: "(line)",
        value: line.slice(0, 80),
        expected: 'a FollowTheMoney entity: {"id", "schema", "properties"}',
      });
      continue;
    }
    if (!ftmPartySchemata.has(e.schema)) {
      skip(`${e.schema} is not a party`);
      continue;
    }
    const [name, ...otherNames] = strings(e.properties, "name");
    if (!name) {
      problems.push({ row, column: "properties.name", value: "", expected: "at least one name" });
      continue;
    }
    const aliases = [...otherNames, ...strings(e.properties, "alias", "previousName")].filter((a) => a !== name);
    const weak = strings(e.properties, "weakAlias").filter((a) => a !== name && !aliases.includes(a));
    const countries = strings(e.properties, "country", "jurisdiction", "mainCountry")
      .filter((c) => /^[a-z]{2}$/i.test(c) && c.toLowerCase() !== "zz")
      .map((c) => c.toUpperCase());
    const datasets = strings(e, "datasets");
    const entry = toListedEntry(
      {
        source: "FollowTheMoney entities (FTM)",
        name,
        alt_names: aliases.join("; "),
        addresses: [...new Set(countries)].join("; "),
        remarks: [`FtM id ${String(e.id ?? "")}`, datasets.length ? `datasets: ${datasets.join(", ")}` : ""]
          .filter(Boolean)
          .join("; "),
        type: e.schema,
      },
      row,
    );
    // a weak alias ("Huawei", "CETC") is a review candidate at most, as a listed acronym is
    for (const w of weak)
      if (!entry.aliases.some((a) => a.name === w)) entry.aliases.push({ name: w, kind: "acronym" });
    entries.push(entry);
  }
  return { entries, problems, skipped };
}
