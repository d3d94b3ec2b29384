// A replay changes the rules and nothing else. The engine reads one date (CheckContext.asOf) for both the rules and
// the dated facts a check holds: when a listing binds from, when a licence or an is-informed letter is valid. Run
// as is on another date, a replay against 2022 rules would also drop a 2024 listing and a 2025 licence, and call
// that a rule change. So the facts are pinned to the check's own date: what bound on that day binds in the replay,
// what did not bind is left out, and only the rules (and the rule-dated tables: country groups, the chip thresholds
// of the catalogue) move to the replay's date. Pure.
import type { BuyerListing, CheckContext, IsInformedLetter, LicenceOnFile } from "../rules/types";
import type { BuyerOwnership } from "../rules/ownership-facts";

const boundOn = (startDate: string | null, day: string) => !startDate || startDate <= day;

/**
 * A listing that bound on the check's date keeps binding on the replay's date. Its start date is cleared only
 * where it falls after the replay's date (the rules would otherwise read it as "not yet listed"): the replay's
 * reason then names the listing without its date.
 */
function pinListing<T extends { startDate: string | null }>(l: T, ruleDate: string): T {
  return l.startDate && l.startDate > ruleDate ? { ...l, startDate: null } : l;
}

function pinLicence(l: LicenceOnFile, checkDate: string, ruleDate: string): LicenceOnFile | null {
  const valid = l.validFrom <= checkDate && (!l.validTo || checkDate <= l.validTo);
  if (!valid) return null;
  return {
    ...l,
    validFrom: l.validFrom > ruleDate ? ruleDate : l.validFrom,
    // a licence held on the check's date is taken as held on the replay's date, also past its expiry
    validTo: l.validTo && l.validTo < ruleDate ? ruleDate : l.validTo,
  };
}

function pinLetter(l: IsInformedLetter, checkDate: string, ruleDate: string): IsInformedLetter | null {
  const held = l.issuedOn <= checkDate && (!l.until || checkDate <= l.until);
  if (!held) return null;
  return {
    ...l,
    issuedOn: l.issuedOn > ruleDate ? ruleDate : l.issuedOn,
    until: l.until && l.until < ruleDate ? ruleDate : l.until,
  };
}

function pinOwnership(o: BuyerOwnership | undefined, checkDate: string, ruleDate: string) {
  if (!o?.listedOwnership) return o;
  const owners = o.listedOwnership.owners
    .filter((w) => boundOn(w.listing.startDate, checkDate))
    .map((w) => ({ ...w, listing: pinListing(w.listing, ruleDate) }));
  return { ...o, listedOwnership: { ...o.listedOwnership, owners } };
}

/**
 * The check's context (its asOf the check's own date) moved to `ruleDate`, its dated facts pinned as they stood on
 * the check's date. `listings` replaces the buyer's listings (a replay against another list version); they are
 * pinned the same way.
 */
export function pinToRuleDate(ctx: CheckContext, ruleDate: string, listings?: readonly BuyerListing[]): CheckContext {
  const checkDate = ctx.asOf;
  const buyerListings = (listings ?? ctx.buyer.listings)
    .filter((l) => boundOn(l.startDate, checkDate))
    .map((l) => pinListing(l, ruleDate));
  const ownership = pinOwnership(ctx.buyer.ownership, checkDate, ruleDate);
  return {
    ...ctx,
    asOf: ruleDate,
    buyer: { ...ctx.buyer, listings: buyerListings, ...(ownership ? { ownership } : {}) },
    licences: ctx.licences.flatMap((l) => pinLicence(l, checkDate, ruleDate) ?? []),
    ...(ctx.exporter
      ? {
          exporter: {
            ...ctx.exporter,
            letters: ctx.exporter.letters.flatMap((l) => pinLetter(l, checkDate, ruleDate) ?? []),
          },
        }
      : {}),
  };
}
