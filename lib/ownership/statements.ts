// Ownership statements as the calculation reads them, and which of them hold on a given date.

export const ownershipRelations = ["direct", "indirect"] as const;
export type OwnershipRelation = (typeof ownershipRelations)[number];

/** One statement: owner holds `shareBp` basis points (6000 = 60 %) of owned, from `asOf` until `endDate`. */
export type OwnershipStatement = {
  ownerKey: string;
  ownerName: string;
  ownerCountry: string | null;
  ownedKey: string;
  ownedName: string;
  ownedCountry: string | null;
  shareBp: number;
  /**
   * An indirect statement gives a total held through companies the file does not name: it is an edge of the
   * graph like a direct one. A file that also names the chain behind it would count that holding twice.
   */
  relation: OwnershipRelation;
  source: string | null;
  /** YYYY-MM-DD from which the statement holds; null: as far as the file says, always */
  asOf: string | null;
  /** YYYY-MM-DD from which it no longer holds; null: still holds */
  endDate: string | null;
};

/**
 * The statements in force on `date` (YYYY-MM-DD): begun on or before it and not ended. Of several statements
 * about the same owner, owned and relation, the one with the latest `asOf` is the current one: a newer
 * statement of a holding replaces the older, which stays on record for earlier dates.
 */
export function statementsAsOf<T extends OwnershipStatement>(statements: readonly T[], date: string): T[] {
  const current = new Map<string, T>();
  for (const s of statements) {
    if (s.asOf !== null && s.asOf > date) continue;
    const pair = `${s.ownerKey}\u0000${s.ownedKey}\u0000${s.relation}`;
    const held = current.get(pair);
    if (!held || (held.asOf ?? "") < (s.asOf ?? "")) current.set(pair, s);
  }
  return [...current.values()].filter((s) => s.endDate === null || s.endDate > date);
}
