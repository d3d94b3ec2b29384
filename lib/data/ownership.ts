import "server-only";
// Ownership statements as stored (ownership_edge), for the calculation in lib/ownership/.
import { db } from "../db";
import type { OwnershipRelation, OwnershipStatement } from "../ownership/statements";

const selectStatement = {
  ownerKey: true,
  ownerName: true,
  ownerCountry: true,
  ownedKey: true,
  ownedName: true,
  ownedCountry: true,
  shareBp: true,
  relation: true,
  source: true,
  asOf: true,
  endDate: true,
} as const;

/** Every statement, current or not: lib/ownership/statements.ts picks those in force on a date. */
export async function ownershipStatements(): Promise<OwnershipStatement[]> {
  const rows = await db().ownershipEdge.findMany({
    orderBy: [{ ownedKey: "asc" }, { ownerKey: "asc" }, { asOf: "asc" }],
    select: selectStatement,
  });
  return rows.map((r) => ({ ...r, relation: r.relation as OwnershipRelation }));
}

/** A stored party's key (lib/parties/identity.ts); null for a party stored before keys (or a demo row). */
export async function partyKeyOf(partyId: string): Promise<string | null> {
  const p = await db().party.findUnique({ where: { id: partyId }, select: { partyKey: true } });
  return p?.partyKey ?? null;
}

/**
 * The statements (any date) on the way up from `key`: what holds it, what holds those, and so on, level by
 * level, stopping after `maxOwners` companies. A check reads these, not the whole table.
 */
export async function statementsAbove(key: string, maxOwners: number): Promise<OwnershipStatement[]> {
  const out: OwnershipStatement[] = [];
  const seen = new Set([key]);
  let frontier = [key];
  while (frontier.length && seen.size <= maxOwners) {
    const rows = await db().ownershipEdge.findMany({
      where: { ownedKey: { in: frontier } },
      orderBy: [{ ownedKey: "asc" }, { ownerKey: "asc" }, { asOf: "asc" }],
      select: selectStatement,
    });
    frontier = [];
    for (const r of rows) {
      out.push({ ...r, relation: r.relation as OwnershipRelation });
      if (!seen.has(r.ownerKey)) {
        seen.add(r.ownerKey);
        frontier.push(r.ownerKey);
      }
    }
  }
  return out;
}
