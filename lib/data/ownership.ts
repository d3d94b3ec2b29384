import "server-only";
// Ownership statements as stored (ownership_edge), for the calculation in lib/ownership/.
import { db } from "../db";
import type { OwnershipRelation, OwnershipStatement } from "../ownership/statements";

/** Every statement, current or not: lib/ownership/statements.ts picks those in force on a date. */
export async function ownershipStatements(): Promise<OwnershipStatement[]> {
  const rows = await db().ownershipEdge.findMany({
    orderBy: [{ ownedKey: "asc" }, { ownerKey: "asc" }, { asOf: "asc" }],
    select: {
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
    },
  });
  return rows.map((r) => ({ ...r, relation: r.relation as OwnershipRelation }));
}
