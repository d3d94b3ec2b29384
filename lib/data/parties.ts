import "server-only";
// One stored party as its page shows it: its facts, its key and what re-imports changed on it.
import { db } from "../db";

export type PartyDetail = {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  address: string | null;
  identifiers: string | null;
  externalId: string | null;
  partyKey: string | null;
  parentName: string | null;
  parentCountry: string | null;
  isDemo: boolean;
  revisions: { at: Date; before: Record<string, unknown>; after: Record<string, unknown> }[];
};

const parse = (s: string): Record<string, unknown> => {
  try {
    return JSON.parse(s) as Record<string, unknown>;
  } catch {
    return {};
  }
};

export async function partyDetail(id: string): Promise<PartyDetail | null> {
  const p = await db().party.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      kind: true,
      country: true,
      address: true,
      identifiers: true,
      externalId: true,
      partyKey: true,
      parentName: true,
      parentCountry: true,
      isDemo: true,
      revisions: { orderBy: { createdAt: "desc" }, take: 50, select: { createdAt: true, before: true, after: true } },
    },
  });
  if (!p) return null;
  const { revisions, ...rest } = p;
  return {
    ...rest,
    revisions: revisions.map((r) => ({ at: r.createdAt, before: parse(r.before), after: parse(r.after) })),
  };
}
