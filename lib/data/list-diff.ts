import "server-only";
import { db } from "../db";
import { diffLists, type DiffEntry, type ListDiff } from "../lists/diff";

const diffSelect = {
  entryKey: true,
  contentHash: true,
  sourceCode: true,
  name: true,
  altNames: true,
  addresses: true,
  licenseRequirement: true,
  licensePolicy: true,
} as const;

export async function currentEntriesForDiff(listVersionId: string): Promise<DiffEntry[]> {
  return db().listedEntry.findMany({ where: { listVersionId }, select: diffSelect });
}

export type VersionRef = { id: string; label: string; status: string; createdAt: Date; entryCount: number };

/** The diff between two versions; by default the newest version and the one before it. */
export async function diffVersions(
  fromId?: string,
  toId?: string,
): Promise<{ from: VersionRef; to: VersionRef; diff: ListDiff } | null> {
  const select = {
    id: true,
    label: true,
    status: true,
    createdAt: true,
    entryCount: true,
    previousVersionId: true,
  } as const;
  const to = toId
    ? await db().listVersion.findUnique({ where: { id: toId }, select })
    : await db().listVersion.findFirst({ orderBy: { createdAt: "desc" }, select });
  if (!to) return null;
  const fromKey = fromId ?? to.previousVersionId;
  const from = fromKey ? await db().listVersion.findUnique({ where: { id: fromKey }, select }) : null;
  if (!from) return null;
  const [a, b] = await Promise.all([currentEntriesForDiff(from.id), currentEntriesForDiff(to.id)]);
  return { from, to, diff: diffLists(a, b) };
}
