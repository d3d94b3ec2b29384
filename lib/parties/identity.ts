// A party's stable key, so that importing the same party again updates it instead of adding a second row.
// The importer's own id wins where the file has one (names change, ids do not); otherwise the name,
// normalised, with the country: "Acme Co., Ltd." and "ACME CO LTD" are one party in CN, a different one in DE.
// Legal forms are kept ("Acme GmbH" and "Acme Inc." are often different companies of one group).

/** Case, width, accents, punctuation and spacing removed: the form two spellings of one name share. */
export function normalisePartyName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type PartyKeyInput = { externalId?: string | null; name: string; country?: string | null };

export function partyKey(p: PartyKeyInput): string {
  const id = p.externalId?.trim();
  if (id) return `id:${id.toLowerCase()}`;
  return `name:${normalisePartyName(p.name)}|${(p.country ?? "").trim().toUpperCase()}`;
}
