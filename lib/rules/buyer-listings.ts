// Which of the buyer's screening hits bind a licence determination. A policy, not a query: the Entity List binds
// the named entity only, and a compliance officer's decision on a hit outranks its score.
import { decisionState, type DecisionRecord } from "../screening/decisions";
import type { Hit } from "../screening/types";
import type { BuyerListing } from "./types";

/** What the list says about one listed entry: the terms a binding hit carries into the rules. */
export type ListedTerms = Pick<
  BuyerListing,
  "startDate" | "licenseRequirement" | "licensePolicy" | "footnotes" | "federalRegisterNotice"
>;

/**
 * The listings that bind: every hit except those decided false positives (while the entry is unchanged) and
 * "related" hits (an owner or affiliate's name) nobody confirmed. A match, or a confirmed hit, binds as a match;
 * an undecided review hit binds as review, so the line says "check the buyer first" instead of "no licence".
 * `decisionOf` is null for a buyer that is not a stored party (no decisions can exist).
 */
export function bindingListings(
  hits: readonly Hit[],
  terms: ReadonlyMap<string, ListedTerms>,
  decisionOf: ((hit: Hit) => DecisionRecord | null) | null,
  now: Date,
): BuyerListing[] {
  const listings: BuyerListing[] = [];
  for (const h of hits) {
    const standing = decisionOf ? decisionState(decisionOf(h), h.contentHash, now) : { state: "open" as const };
    if (standing.state === "decided" && standing.decision.decision === "false-positive") continue;
    const confirmed = standing.state === "decided" && standing.decision.decision === "confirmed-match";
    if (h.band === "related" && !confirmed) continue;
    const t = terms.get(h.entryId);
    listings.push({
      sourceCode: h.sourceCode,
      listedName: h.listedName,
      strength: confirmed || h.band === "match" ? "match" : "review",
      startDate: t?.startDate ?? null,
      licenseRequirement: t?.licenseRequirement ?? null,
      licensePolicy: t?.licensePolicy ?? null,
      footnotes: t?.footnotes ?? null,
      federalRegisterNotice: t?.federalRegisterNotice ?? null,
      ...(h.explanation.listedAddress
        ? { viaAddress: { partyAddress: h.explanation.listedAddress.party, how: h.explanation.reasons.at(-1) ?? "" } }
        : {}),
    });
  }
  return listings;
}
