import "server-only";
// The list_update rows: one per attempt to download the list from its publisher (lib/operations/update-lists.ts).
import { db } from "../../db";
import { publisherDate, type UpdateStatus, type Validators } from "../../lists/update-policy";
import type { AuditActor, Tx } from "../audit";
import type { ListUpdateResult, UpdateProgress, UpdateTrigger } from "../list-update-types";

/** The validators of the last download of this URL that landed, if a version is in force to compare with. */
export async function lastValidators(url: string): Promise<Validators | null> {
  if (!(await db().listVersion.count({ where: { listKind: "csl", status: "current" } }))) return null;
  const last = await db().listUpdate.findFirst({
    where: {
      url,
      status: { in: ["imported", "unchanged", "quarantined"] },
      OR: [{ etag: { not: null } }, { lastModified: { not: null } }],
    },
    orderBy: { startedAt: "desc" },
    select: { etag: true, lastModified: true },
  });
  return last ? { etag: last.etag, lastModified: last.lastModified } : null;
}

/** Whether a full list has ever landed: downloaded by an update, or imported from a file by a user (not the seed). */
export async function hasLoadedList(): Promise<boolean> {
  if (await db().listUpdate.count({ where: { status: { in: ["imported", "unchanged", "quarantined"] } } })) return true;
  return (
    (await db().listVersion.count({
      where: {
        listKind: "csl",
        OR: [{ createdById: { not: null } }, { importJob: { createdByEmail: { not: null } } }],
      },
    })) > 0
  );
}

export async function latestUpdateAttempt(): Promise<{ startedAt: Date; status: string } | null> {
  return db().listUpdate.findFirst({ orderBy: { startedAt: "desc" }, select: { startedAt: true, status: true } });
}

export async function runningUpdate(): Promise<{ startedAt: Date; trigger: string } | null> {
  return db().listUpdate.findFirst({
    where: { status: "running" },
    orderBy: { startedAt: "desc" },
    select: { startedAt: true, trigger: true },
  });
}

export async function createUpdateRow(trigger: UpdateTrigger, url: string, actor: AuditActor): Promise<string> {
  const row = await db().listUpdate.create({
    data: { trigger, url, createdById: actor.id, createdByEmail: actor.email },
    select: { id: true },
  });
  return row.id;
}

/** Progress for the Overview, on a row still running. */
export async function writeUpdateProgress(id: string, p: UpdateProgress): Promise<void> {
  await db().listUpdate.updateMany({
    where: { id, status: "running" },
    data: { phase: p.phase, bytesRead: p.bytesRead, bytesTotal: p.bytesTotal },
  });
}

export async function linkImportJob(id: string, importJobId: string): Promise<void> {
  await db().listUpdate.update({ where: { id }, data: { importJobId } });
}

export async function currentCslVersion(): Promise<{ id: string; label: string } | null> {
  return db().listVersion.findFirst({
    where: { listKind: "csl", status: "current" },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true },
  });
}

/** An attempt's outcome, in the caller's transaction (with its audit entry). */
export async function finishUpdate(
  tx: Tx,
  id: string,
  r: { status: UpdateStatus; message: string },
  source: ListUpdateResult["source"],
  listVersionId: string | null,
  importJobId: string | null,
): Promise<void> {
  // validators are kept only for a file that landed (or was confirmed): a refused one is fetched in full next time
  const landed = r.status === "imported" || r.status === "unchanged" || r.status === "quarantined";
  await tx.listUpdate.update({
    where: { id },
    data: {
      status: r.status,
      phase: "done",
      message: r.message,
      etag: landed ? source.etag : null,
      lastModified: landed ? source.lastModified : null,
      publishedAt: publisherDate(source.lastModified),
      sha256: source.sha256,
      bytes: source.bytes,
      bytesRead: source.bytes ?? 0,
      listVersionId,
      importJobId,
      finishedAt: new Date(),
    },
  });
}
