// What the ownership rules read about a buyer, worked out before the check (lib/ownership/ computes it from the
// ownership statements in force on the check's date and the owners' own screening): the rules query nothing.

/** What the ownership rules read of an owner's listing (a BuyerListing has these; not imported: types.ts imports this file). */
export type OwnerListing = {
  sourceCode: string;
  listedName: string;
  startDate: string | null;
  licensePolicy: string | null;
  federalRegisterNotice: string | null;
};

/** A listed owner's stake in the buyer, with the listing that makes it count. */
export type ListedOwner = { name: string; share: number; listing: OwnerListing };

export type BuyerOwnership = {
  /** the ultimate parent by control (lib/ownership/ultimate-parent.ts), with how it was reached */
  ultimateParent: { name: string; country: string | null; chain: string } | null;
  /** what listed owners hold of the buyer on the check's date, with the finding in words */
  listedOwnership: {
    total: number;
    owners: ListedOwner[];
    explanation: string;
    /** the figure is a bound, not exact (lib/ownership/effective.ts) */
    approximate: boolean;
  } | null;
};
