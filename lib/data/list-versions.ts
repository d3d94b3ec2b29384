import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { appendAuditIn, inAuditedTransaction } from "./audit";
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

export type ListVersionSummary = {
  id: string;
  label: string;
  status: string;
  publishedOn: string | null;
  entryCount: number;
  createdAt: Date;
  sourceCounts: Record<string, number>;
};

export async function currentListVersion(listKind: "csl" | "internal" = "csl"): Promise<ListVersionSummary | null> {
  const v = await db().listVersion.findFirst({
    where: { listKind, status: "current" },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      label: true,
      status: true,
      publishedOn: true,
      entryCount: true,
      createdAt: true,
      sourceCounts: true,
    },
  });
  return v ? { ...v, sourceCounts: (v.sourceCounts ?? {}) as Record<string, number> } : null;
}

/** Shortest reason accepted for putting a quarantined version in force: a word or two is not a reason. */
export const MIN_APPROVAL_REASON = 10;

/**
 * An admin's decision on a quarantined version: approve makes it current, reject sets it aside. Approving
 * needs a typed reason (the gates quarantined it for a cause); the decision and its audit entry, with the
 * reason and the quarantine reasons it overrode, commit in one transaction.
 */
export async function decideQuarantined(
  id: string,
  decision: "approve" | "reject",
  actor: { id: string; email: string },
  reason = "",
): Promise<{ label: string; before: string; after: string }> {
  const why = reason.trim();
  if (decision === "approve" && why.length < MIN_APPROVAL_REASON)
    throw new AppError(
      "INVALID_INPUT",
      `Approving a quarantined list version needs a reason (at least ${MIN_APPROVAL_REASON} characters): say why its changes are safe to put in force.`,
    );
  const v = await db().listVersion.findUnique({
    where: { id },
    select: { status: true, label: true, listKind: true, quarantineReason: true },
  });
  if (!v) throw new AppError("NOT_FOUND", "No such list version.");
  if (v.status !== "quarantined")
    throw new AppError("CONFLICT", `This version is ${v.status}, not quarantined: there is nothing to decide.`);
  const after = decision === "approve" ? "current" : "rejected";
  await inAuditedTransaction(async (tx) => {
    // the status check inside the transaction makes two admins deciding at once safe: the second changes nothing
    const claimed = await tx.listVersion.updateMany({
      where: { id, status: "quarantined" },
      data: { status: after, approvedById: actor.id, approvedAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError("CONFLICT", "Someone else decided on this version a moment ago.");
    if (after === "current")
      await tx.listVersion.updateMany({
        where: { listKind: v.listKind, status: "current", id: { not: id } },
        data: { status: "superseded" },
      });
    await appendAuditIn(tx, actor, {
      action: decision === "approve" ? "list-version.approved" : "list-version.rejected",
      entityType: "list-version",
      entityId: id,
      before: { status: "quarantined", quarantineReason: v.quarantineReason },
      after: { status: after, reason: why || null },
    });
  });
  return { label: v.label, before: "quarantined", after };
}

export type ListVersionDetail = {
  id: string;
  label: string;
  listKind: string;
  status: string;
  publishedOn: string | null;
  entryCount: number;
  sourceCounts: Record<string, number>;
  quarantineReason: string | null;
  previousVersionId: string | null;
  createdAt: Date;
  fileName: string;
};
export async function getListVersion(id: string): Promise<ListVersionDetail | null> {
  const v = await db().listVersion.findUnique({
    where: { id },
    select: {
      id: true,
      label: true,
      listKind: true,
      status: true,
      publishedOn: true,
      entryCount: true,
      sourceCounts: true,
      quarantineReason: true,
      previousVersionId: true,
      createdAt: true,
      fileName: true,
    },
  });
  return v ? { ...v, sourceCounts: (v.sourceCounts ?? {}) as Record<string, number> } : null;
}
