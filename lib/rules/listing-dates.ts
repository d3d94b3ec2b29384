// A check as of a date reads the list in force today, but a listing binds only from its date: the determination
// says, for each of the buyer's listings, since when it applies and whether it applied on the check's date, so
// that a "match" for a date before the listing is not read as a listing then.
import type { BuyerListing } from "./types";

export type ListingOnDate = Pick<BuyerListing, "sourceCode" | "listedName" | "startDate" | "federalRegisterNotice">;

const sourceNames: Record<string, string> = {
  EL: "Entity List",
  MEU: "Military End-User List",
  UVL: "Unverified List",
  DPL: "Denied Persons List",
  SDN: "SDN List",
  NS_MBS: "Non-SDN Menu-Based Sanctions List",
  CMIC: "Non-SDN Chinese Military-Industrial Complex Companies List",
};

/** One sentence per listing: the list, the listed name, the date it binds from and whether it bound on `asOf`. */
export function listingDateLines(listings: readonly ListingOnDate[], asOf: string): string[] {
  return listings.map((l) => {
    const list = sourceNames[l.sourceCode] ?? l.sourceCode;
    const notice = l.federalRegisterNotice ? `, ${l.federalRegisterNotice}` : "";
    if (!l.startDate) return `${list} as "${l.listedName}" (listing date not given by the list${notice}).`;
    const bound = l.startDate <= asOf ? `in force on ${asOf}` : `not yet listed on ${asOf}`;
    return `${list} as "${l.listedName}", listed from ${l.startDate}${notice}: ${bound}.`;
  });
}
