// The parties panel: how the latest screening run's hits stand, and where they are. Pure; the hits come with the
// decision standing on each (see lib/screening/decisions), so every figure equals a filter of the hits table.
import type { HitQueue } from "../screening/decisions";
import type { Band } from "../screening/types";

export type OverviewHit = { partyId: string; partyCountry: string | null; band: Band; queue: HitQueue; expiry: string };
export type CountryBands = { country: string; match: number; review: number; related: number };
export type PartyRollup = {
  partiesWithHits: number;
  hits: number;
  openHits: number;
  confirmedMatches: number;
  expiringSoon: number;
  byCountry: CountryBands[];
};

export const UNKNOWN_COUNTRY = "(none)";

export function rollUpParties(hits: readonly OverviewHit[]): PartyRollup {
  const countries = new Map<string, CountryBands>();
  let open = 0,
    confirmed = 0,
    expiring = 0;
  for (const h of hits) {
    if (h.queue === "awaiting decision") open++;
    if (h.queue === "confirmed match") confirmed++;
    if (h.expiry) expiring++;
    const c = h.partyCountry ?? UNKNOWN_COUNTRY;
    const row = countries.get(c) ?? countries.set(c, { country: c, match: 0, review: 0, related: 0 }).get(c)!;
    row[h.band]++;
  }
  const total = (r: CountryBands) => r.match + r.review + r.related;
  return {
    partiesWithHits: new Set(hits.map((h) => h.partyId)).size,
    hits: hits.length,
    openHits: open,
    confirmedMatches: confirmed,
    expiringSoon: expiring,
    byCountry: [...countries.values()].sort((a, b) => total(b) - total(a) || a.country.localeCompare(b.country)),
  };
}
