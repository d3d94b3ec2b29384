import "server-only";
import { db } from "../db";
import type { ListedEntryInput } from "../lists/csl";
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
  "id", "listVersionId", "rowNumber", "sourceCode", "entryKey", "externalId", "source", "entityNumber", "type", "programs", "name", "title",
  "addresses", "federalRegisterNotice", "startDate", "endDate", "standardOrder", "licenseRequirement", "licensePolicy", "callSign",
  "vesselType", "grossTonnage", "grossRegisteredTonnage", "vesselFlag", "vesselOwner", "remarks", "sourceListUrl", "altNames",
  "citizenships", "datesOfBirth", "nationalities", "placesOfBirth", "sourceInformationUrl", "ids", "footnotes", "contentHash",
] as const;

function countBySource(entries: readonly ListedEntryInput[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.sourceCode] = (counts[e.sourceCode] ?? 0) + 1;
  return counts;
}

/**
 * Writes a whole list version in one transaction. A version that becomes current supersedes the previous
 * current version of the same kind; entries are never edited afterwards.
 */
export async function insertListVersion(version: NewListVersion, entries: readonly ListedEntryInput[], writer?: BulkWriter): Promise<string> {
  const id = newId();
  const write = async (w: BulkWriter) => {
    if (version.status === "current") {
      await w.execute(`UPDATE "list_version" SET "status" = 'superseded' WHERE "status" = 'current' AND "listKind" = ?`, [version.listKind]);
    }
    await w.insert(
      "list_version",
      ["id", "listKind", "label", "status", "publishedOn", "fileName", "fileSha256", "entryCount", "sourceCounts", "quarantineReason", "previousVersionId", "diffSummary", "importJobId", "createdById", "createdAt"],
      [[id, version.listKind, version.label, version.status, version.publishedOn, version.fileName, version.fileSha256, entries.length, countBySource(entries), version.quarantineReason ?? null, version.previousVersionId ?? null, version.diffSummary ?? null, version.importJobId ?? null, version.createdById ?? null, new Date()]],
    );
    const entryRows: Cell[][] = [];
    const aliasRows: Cell[][] = [];
    const addressRows: Cell[][] = [];
    for (const e of entries) {
      const entryId = newId();
      entryRows.push(entryColumns.map((c) => (c === "id" ? entryId : c === "listVersionId" ? id : ((e as unknown as Record<string, Cell>)[c] ?? null))));
      for (const a of e.aliases) aliasRows.push([entryId, a.name, a.kind]);
      for (const a of e.addressRows) addressRows.push([entryId, a.street, a.city, a.country, a.raw]);
    }
    await w.insert("listed_entry", entryColumns, entryRows);
    await w.insert("listed_alias", ["entryId", "name", "kind"], aliasRows);
    await w.insert("listed_address", ["entryId", "street", "city", "country", "raw"], addressRows);
  };
  if (writer) await write(writer);
  else await bulkTransaction(write);
  return id;
}

export type ListVersionSummary = { id: string; label: string; status: string; publishedOn: string | null; entryCount: number; createdAt: Date; sourceCounts: Record<string, number> };

export async function currentListVersion(listKind: "csl" | "internal" = "csl"): Promise<ListVersionSummary | null> {
  const v = await db().listVersion.findFirst({
    where: { listKind, status: "current" },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, status: true, publishedOn: true, entryCount: true, createdAt: true, sourceCounts: true },
  });
  return v ? { ...v, sourceCounts: (v.sourceCounts ?? {}) as Record<string, number> } : null;
}
