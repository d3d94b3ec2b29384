import "server-only";
import type { ListVersionDetail } from "./area-row-types";
import { db } from "../db";

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

/** The fields every view of a list version selects (ListVersionFields in area-row-types.ts). */
export const listVersionFields = {
  id: true,
  label: true,
  listKind: true,
  status: true,
  publishedOn: true,
  entryCount: true,
  createdAt: true,
  quarantineReason: true,
} as const;

export async function getListVersion(id: string): Promise<ListVersionDetail | null> {
  const v = await db().listVersion.findUnique({
    where: { id },
    select: { ...listVersionFields, sourceCounts: true, previousVersionId: true, fileName: true },
  });
  return v
    ? { ...v, createdAt: v.createdAt.toISOString(), sourceCounts: (v.sourceCounts ?? {}) as Record<string, number> }
    : null;
}

/** A version's status and what quarantined it, for an admin's decision on it. */
export async function listVersionStanding(id: string) {
  return db().listVersion.findUnique({
    where: { id },
    select: { status: true, label: true, listKind: true, quarantineReason: true },
  });
}
