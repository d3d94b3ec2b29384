// What a re-imported party row changes on the stored party. Only the columns the file has are compared: a
// file without an address column leaves stored addresses alone, while an empty cell in a mapped column clears it.

export const partyFields = [
  "kind",
  "name",
  "country",
  "address",
  "identifiers",
  "parentName",
  "parentCountry",
  "externalId",
] as const;
export type PartyField = (typeof partyFields)[number];
export type PartyValues = Record<PartyField, string | null>;

export type PartyChange = { before: Partial<PartyValues>; after: Partial<PartyValues> };

/** The changed fields (before and after), or null when the row says what is stored already. */
export function partyChange(
  stored: PartyValues,
  incoming: PartyValues,
  present: ReadonlySet<PartyField>,
): PartyChange | null {
  const before: Partial<PartyValues> = {};
  const after: Partial<PartyValues> = {};
  let changed = false;
  for (const f of partyFields) {
    if (!present.has(f) || stored[f] === incoming[f]) continue;
    before[f] = stored[f];
    after[f] = incoming[f];
    changed = true;
  }
  return changed ? { before, after } : null;
}
