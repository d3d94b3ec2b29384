// Country and address evidence: agreement raises a name score a little, a country conflict lowers it.
import { normaliseName } from "./normalise";

export const countryAgreeBonus = 3;
export const countryConflictPenalty = 15;
export const addressAgreeBonus = 5;

export function countryEvidence(
  queryCountry: string | null | undefined,
  listed: ReadonlySet<string>,
): { effect: number; note: string } | null {
  const country = queryCountry?.trim().toUpperCase();
  if (!country || listed.size === 0) return null;
  if (listed.has(country)) return { effect: countryAgreeBonus, note: `country agrees: ${country}` };
  return {
    effect: -countryConflictPenalty,
    note: `country conflict: party in ${country}, listed in ${[...listed].sort().join(", ")}`,
  };
}

function addressWords(s: string): Set<string> {
  return new Set(normaliseName(s).tokens.filter((t) => t.length >= 4 && !/^\d+$/.test(t)));
}

/** Two or more shared address words (street, district, city) count as agreement. */
export function addressEvidence(
  queryAddress: string | null | undefined,
  listedAddresses: string | null,
): { effect: number; note: string } | null {
  if (!queryAddress?.trim() || !listedAddresses) return null;
  const listed = addressWords(listedAddresses);
  const shared = [...addressWords(queryAddress)].filter((w) => listed.has(w));
  if (shared.length >= 2) return { effect: addressAgreeBonus, note: `address shares: ${shared.join(", ")}` };
  return {
    effect: 0,
    note: shared.length ? `address shares only: ${shared.join(", ")}` : "no address words in common",
  };
}
