import "server-only";
// A buyer's owners and ultimate parent for a check: the stored ownership statements and any given with the
// check (--owner, --ultimate-parent), the owners above the buyer screened against the lists in force, and the
// figures worked out as of the check's date (lib/ownership/buyer.ts). Read only: nothing is written.
import { listedTermsOf } from "../data/determinations";
import { partyKeyOf, statementsAbove } from "../data/ownership";
import type { BuyerInput } from "../data/determination-types";
import { AppError } from "../errors";
import { buyerOwnership } from "../ownership/buyer";
import type { OwnershipStatement } from "../ownership/statements";
import { partyKey } from "../parties/identity";
import { bindingListings } from "../rules/buyer-listings";
import type { BuyerOwnership } from "../rules/ownership-facts";
import type { BuyerListing } from "../rules/types";
import { screenNames } from "./screen-names";

/** The lists an owner's listing binds an affiliate through (affiliates rule), or is flagged for (OFAC). */
const ownerLists = ["EL", "MEU", "SDN"];
/** Owners above the buyer screened at most: an ownership web wider than this is cut, and the check says so. */
const MAX_OWNERS = 200;

export async function ownershipForCheck(
  buyer: { name: string; hqCountry: string | null; partyId: string | null },
  input: BuyerInput,
  asOf: string,
  now: Date,
): Promise<BuyerOwnership | null> {
  const key =
    (buyer.partyId ? await partyKeyOf(buyer.partyId) : null) ??
    partyKey({ name: buyer.name, country: buyer.hqCountry });
  const given: OwnershipStatement[] = (input.owners ?? []).map((o) => {
    if (!o.name.trim() || !(o.percent > 0 && o.percent <= 100))
      throw new AppError(
        "INVALID_INPUT",
        `owner "${o.name}=${o.percent}": expected a name and a percent from 0 to 100`,
      );
    return {
      ownerKey: partyKey({ name: o.name, country: null }),
      ownerName: o.name.trim(),
      ownerCountry: null,
      ownedKey: key,
      ownedName: buyer.name,
      ownedCountry: buyer.hqCountry,
      shareBp: Math.round(o.percent * 100),
      relation: "direct",
      source: "given with the check",
      asOf: null,
      endDate: null,
    };
  });
  const statements = [...(await statementsAbove(key, MAX_OWNERS)), ...given];
  const above = ownersAbove(statements, key);
  if (!above.size && !input.ultimateParent) return null;
  const owners = [...above.values()].slice(0, MAX_OWNERS);
  const listings = new Map<string, BuyerListing>();
  if (owners.length) {
    const { results } = await screenNames({
      queries: owners.map((o) => ({ name: o.name, country: o.country, address: null })),
      sources: ["csl"],
    });
    const hits = results.flatMap((r) => r.hits);
    const terms = await listedTermsOf(hits.map((h) => h.entryId));
    results.forEach((r, i) => {
      // no decisions are on record for an owner: a possible match binds until someone decides (fail closed)
      const found = bindingListings(r.hits, terms, null, now).filter((l) => ownerLists.includes(l.sourceCode));
      const best = found.find((l) => l.sourceCode === "EL") ?? found.find((l) => l.sourceCode === "MEU") ?? found[0];
      if (best) listings.set(owners[i]!.key, best);
    });
  }
  const facts = buyerOwnership(statements, key, asOf, listings);
  if (input.ultimateParent)
    facts.ultimateParent = {
      name: input.ultimateParent.name,
      country: input.ultimateParent.country,
      chain: "given with the check",
    };
  return facts;
}

/** Every company above `key` in the statements (any date): the ones whose listings could bind the buyer. */
function ownersAbove(statements: readonly OwnershipStatement[], key: string) {
  const byOwned = new Map<string, OwnershipStatement[]>();
  for (const s of statements) {
    const list = byOwned.get(s.ownedKey) ?? [];
    list.push(s);
    byOwned.set(s.ownedKey, list);
  }
  const found = new Map<string, { key: string; name: string; country: string | null }>();
  const queue = [key];
  while (queue.length && found.size < MAX_OWNERS) {
    for (const s of byOwned.get(queue.shift()!) ?? []) {
      if (s.ownerKey === key || found.has(s.ownerKey)) continue;
      found.set(s.ownerKey, { key: s.ownerKey, name: s.ownerName, country: s.ownerCountry });
      queue.push(s.ownerKey);
    }
  }
  return found;
}
