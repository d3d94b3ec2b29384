import "server-only";
// A new list version and its entries, written in one transaction (an import's, or its own).
import { AppError } from "../../errors";
import type { ListedEntryInput } from "../../lists/csl";
import { bulkTransaction, newId, type BulkWriter, type Cell } from "./bulk";

export type NewListVersion = {
  listKind: "csl" | "internal";
  label: string;
  status: "current" | "quarantined";
  publishedOn: string | null;
  fileName: string;
  fileSha256: string;
  importJobId?: string | null;
  createdById?: string | null;
  quarantineReason?: string | null;
  previousVersionId?: string | null;
  diffSummary?: object | null;
};

const entryColumns = [
  "id",
  "listVersionId",
  "rowNumber",
  "sourceCode",
  "entryKey",
  "externalId",
  "source",
  "entityNumber",
  "type",
  "programs",
  "name",
  "title",
  "addresses",
  "federalRegisterNotice",
  "startDate",
  "endDate",
  "standardOrder",
  "licenseRequirement",
  "licensePolicy",
  "callSign",
  "vesselType",
  "grossTonnage",
  "grossRegisteredTonnage",
  "vesselFlag",
  "vesselOwner",
  "remarks",
  "sourceListUrl",
  "altNames",
  "citizenships",
  "datesOfBirth",
  "nationalities",
  "placesOfBirth",
  "sourceInformationUrl",
  "ids",
  "footnotes",
  "contentHash",
] as const;

const INSERT_SLICE = 5000;

/** The PostgreSQL advisory lock that makes list versions become current one at a time (an arbitrary constant). */
const LIST_VERSION_LOCK = 7_240_319;

function countBySource(entries: readonly ListedEntryInput[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.sourceCode] = (counts[e.sourceCode] ?? 0) + 1;
  return counts;
}

/**
 * Writes a whole list version in one transaction. A version that becomes current supersedes the previous
 * current version of the same kind; entries are never edited afterwards.
 */
export async function insertListVersion(
  version: NewListVersion,
  entries: readonly ListedEntryInput[],
  writer?: BulkWriter,
): Promise<string> {
  const id = newId();
  const write = async (w: BulkWriter) => {
    if (version.status === "current") {
      // One version becomes current at a time. PostgreSQL: a second import waits here until the first commits
      // (SQLite's writer already holds the database's write lock for the whole transaction).
      if (w.provider === "postgresql") await w.execute(`SELECT pg_advisory_xact_lock(${LIST_VERSION_LOCK})`);
      // The version this one was compared with must still be the current one, or two imports at once would
      // both become current, or the second's diff would be against a list no longer in force. (A no-op UPDATE
      // counts them on both databases: the bulk writer runs statements, it does not return rows.)
      const others = await w.execute(
        `UPDATE "list_version" SET "status" = "status" WHERE "status" = 'current' AND "listKind" = ? AND "id" <> ?`,
        [version.listKind, version.previousVersionId ?? ""],
      );
      if (others > 0)
        throw new AppError(
          "CONFLICT",
          "another list version became current while this one was being imported; import this file again to compare it with that version",
        );
      await w.execute(
        `UPDATE "list_version" SET "status" = 'superseded' WHERE "status" = 'current' AND "listKind" = ?`,
        [version.listKind],
      );
    }
    await w.insert(
      "list_version",
      [
        "id",
        "listKind",
        "label",
        "status",
        "publishedOn",
        "fileName",
        "fileSha256",
        "entryCount",
        "sourceCounts",
        "quarantineReason",
        "previousVersionId",
        "diffSummary",
        "importJobId",
        "createdById",
        "createdAt",
      ],
      [
        [
          id,
          version.listKind,
          version.label,
          version.status,
          version.publishedOn,
          version.fileName,
          version.fileSha256,
          entries.length,
          countBySource(entries),
          version.quarantineReason ?? null,
          version.previousVersionId ?? null,
          version.diffSummary ?? null,
          version.importJobId ?? null,
          version.createdById ?? null,
          new Date(),
        ],
      ],
    );
    const entryRows: Cell[][] = [];
    const aliasRows: Cell[][] = [];
    const addressRows: Cell[][] = [];
    for (const e of entries) {
      const entryId = newId();
      entryRows.push(
        entryColumns.map((c) =>
          c === "id" ? entryId : c === "listVersionId" ? id : ((e as unknown as Record<string, Cell>)[c] ?? null),
        ),
      );
      for (const a of e.aliases) aliasRows.push([entryId, a.name, a.kind]);
      for (const a of e.addressRows) addressRows.push([entryId, a.street, a.city, a.country, a.raw]);
    }
    // in slices, so the SQLite writer thread (a small heap, two slices in flight) never holds a whole list
    const inSlices = async (table: string, columns: readonly string[], rows: Cell[][]) => {
      for (let i = 0; i < rows.length; i += INSERT_SLICE)
        await w.insert(table, columns, rows.slice(i, i + INSERT_SLICE));
    };
    await inSlices("listed_entry", entryColumns, entryRows);
    await inSlices("listed_alias", ["entryId", "name", "kind"], aliasRows);
    await inSlices("listed_address", ["entryId", "street", "city", "country", "raw"], addressRows);
  };
  if (writer) await write(writer);
  else await bulkTransaction(write);
  return id;
}
