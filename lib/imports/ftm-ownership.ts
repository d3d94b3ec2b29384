// FollowTheMoney entities as JSON lines (OpenSanctions' `entities.ftm.json` export) -> ownership statements.
// Schema (alephdata/followthemoney, followthemoney/schema/Ownership.yaml, Interest.yaml, Interval.yaml):
// an Ownership has `owner` (a LegalEntity) and `asset` (an Asset: a Company is one), `percentage`,
// `ownershipType`, and from Interval `startDate`, `endDate`, `date`, `sourceUrl`. Every property is a list
// of strings. Owner and asset are entity ids, resolved against the other entities in the file (their `name`
// and `country`/`jurisdiction`/`mainCountry`), or nested entities where the export inlines them.
import { partyKey } from "../parties/identity";
import type { OwnershipRecord } from "./ownership-record";
import { toBasisPoints } from "./ownership-record";
import type { RowProblem } from "./records";

type FtmEntity = { id?: unknown; schema?: unknown; properties?: Record<string, unknown> };
type Named = { name: string; country: string | null };

const first = (props: Record<string, unknown> | undefined, ...names: string[]): unknown => {
  for (const n of names) {
    const v = props?.[n];
    if (Array.isArray(v) && v.length) return v[0];
    if (v != null && !Array.isArray(v)) return v;
  }
  return undefined;
};
const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);

function named(e: FtmEntity): Named | null {
  const name = text(first(e.properties, "name"));
  if (!name) return null;
  const c = text(first(e.properties, "country", "jurisdiction", "mainCountry"));
  // FtM writes ISO codes in lower case; anything else (a region, "zz") is not a country we can key on
  return { name, country: c && /^[a-z]{2}$/i.test(c) && c.toLowerCase() !== "zz" ? c.toUpperCase() : null };
}

/**
 * FtM dates may be partial ("2019", "2019-05"): a partial date is read as its first day, so a holding that
 * began in 2019 counts from 2019-01-01 and one that ended in 2019 stops counting from 2019-01-01.
 */
export function ftmDate(v: unknown): string | null | undefined {
  const s = text(v);
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s);
  if (!m) return undefined;
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

/** "60", "60%", "60.5 %" -> 60; a range or words ("25-50%", "majority") -> undefined: not a figure to compute with */
export function ftmPercent(v: unknown): number | undefined {
  const s = text(v)?.replace(/\s*%$/, "");
  if (!s || !/^\d+(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return n > 0 && n <= 100 ? n : undefined;
}

export type FtmResult = { records: OwnershipRecord[]; problems: RowProblem[]; skipped: Map<string, number> };

/** `lines` are the file's lines, 1-based `row` = line number. Entities may come before or after the Ownership that names them. */
export function ftmOwnershipRecords(lines: Iterable<{ row: number; line: string }>): FtmResult {
  const entities = new Map<string, Named>();
  const ownerships: { row: number; e: FtmEntity }[] = [];
  const problems: RowProblem[] = [];
  const skipped = new Map<string, number>();
  const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1);
  for (const { row, line } of lines) {
    if (!line.trim()) continue;
    let e: FtmEntity;
    try {
      e = JSON.parse(line) as FtmEntity;
    } catch {
      problems.push({
        row,
        column: "(line)",
        value: line.slice(0, 60),
        expected: "one FollowTheMoney entity as JSON per line",
      });
      continue;
    }
    if (!e || typeof e !== "object" || typeof e.schema !== "string") {
      problems.push({
        row,
        column: "schema",
        value: "",
        expected: 'an entity with a "schema" (e.g. "Ownership", "Company")',
      });
      continue;
    }
    if (e.schema === "Ownership") ownerships.push({ row, e });
    else if (typeof e.id === "string") {
      const n = named(e);
      if (n) entities.set(e.id, n);
    }
  }
  const records: OwnershipRecord[] = [];
  const party = (v: unknown): Named | null =>
    typeof v === "string" ? (entities.get(v) ?? null) : v && typeof v === "object" ? named(v) : null;
  for (const { row, e } of ownerships) {
    const p = e.properties ?? {};
    const owner = party(first(p, "owner"));
    const asset = party(first(p, "asset"));
    if (!owner || !asset) {
      skip("its owner or asset is not an entity with a name in the file");
      continue;
    }
    const percent = ftmPercent(first(p, "percentage"));
    if (percent === undefined) {
      skip("it has no single percentage held");
      continue;
    }
    const asOf = ftmDate(first(p, "startDate", "date"));
    const endDate = ftmDate(first(p, "endDate"));
    if (asOf === undefined || endDate === undefined || (asOf && endDate && endDate <= asOf)) {
      problems.push({
        row,
        column: "startDate / endDate",
        value: "",
        expected: "dates such as 2019-05-01, 2019-05 or 2019",
      });
      continue;
    }
    const ownerKey = partyKey(owner),
      ownedKey = partyKey(asset);
    if (ownerKey === ownedKey) {
      skip("it names the same company as owner and asset");
      continue;
    }
    const type = String(first(p, "ownershipType", "role") ?? "").toLowerCase();
    records.push({
      rowNumber: row,
      ownerKey,
      ownerName: owner.name,
      ownerCountry: owner.country,
      ownedKey,
      ownedName: asset.name,
      ownedCountry: asset.country,
      shareBp: toBasisPoints(percent),
      relation: /indirect/.test(type) ? "indirect" : "direct",
      source: text(first(p, "sourceUrl", "publisher")) ?? (typeof e.id === "string" ? `FtM ${e.id}` : null),
      asOf,
      endDate,
    });
  }
  return { records, problems, skipped };
}
