// Address-only Entity List entries as screening hits (lib/addresses/listed.ts says which entries and why they
// bind): a party at a listed address is a hit whatever its name, explained by the address parts that agreed.
import { sourceFilter, type SourceGroup } from "../screening/sources";
import type { Hit, ScreenableEntry, ScreeningQuery, Thresholds } from "../screening/types";
import { describeMatch } from "./match";
import { listedAddressHits } from "./listed";

/** The hits a party's address earns against the address-only entries among `entries` (none already in `named`). */
export function addressHits(
  entries: readonly ScreenableEntry[],
  q: ScreeningQuery,
  options: { sources?: readonly SourceGroup[]; thresholds: Thresholds; named?: readonly Hit[] },
): Hit[] {
  if (!q.address) return [];
  const include = sourceFilter(options.sources ?? []);
  const seen = new Set((options.named ?? []).map((h) => h.entryId));
  const hits: Hit[] = [];
  for (const h of listedAddressHits(q.address, entries)) {
    if (!include(h.entry) || seen.has(h.entry.id)) continue;
    const { match } = h;
    const score = match.strength === "match" ? 100 : options.thresholds.review;
    hits.push({
      entryId: h.entry.id,
      entryKey: h.entry.entryKey,
      contentHash: h.entry.contentHash,
      sourceCode: h.entry.sourceCode,
      listedName: h.entry.name,
      score,
      band: match.strength,
      countries: h.entry.countries,
      explanation: {
        matchedName: h.listedAddress,
        matchedKind: "address",
        listedAddress: { party: h.partyAddress, ...match },
        tokens: [],
        unmatchedListed: [],
        nameScore: 0,
        country: null,
        address: { effect: 0, note: `"${h.partyAddress}": ${describeMatch(match)}` },
        thresholds: options.thresholds,
        listVersion: h.entry.listVersion,
        reasons: [
          `the party's address is ${match.strength === "match" ? "" : "possibly "}an address listed on the Entity List without a name: 15 CFR 744.16(a) binds any party using it (89 FR 51644, 2024)`,
          describeMatch(match),
        ],
      },
    });
  }
  return hits;
}
