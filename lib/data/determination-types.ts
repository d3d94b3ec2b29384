// The shapes of a licence determination, as checked and as stored: imported by components as types only.
import type { BomSummary } from "../rules/determine";
import type { ListingOnDate } from "../rules/listing-dates";
import type { CheckContext, LineFacts, LineResult } from "../rules/types";
import type { ScreeningResult } from "../screening/types";
import type { ExceptionHint } from "../regs/exceptions";
import type { ListsInForce } from "./screening";

export type BuyerInput = {
  partyId?: string | null;
  name?: string | null;
  hqCountry?: string | null;
  /** owners given with the check, beside the stored ownership statements (percent 0-100) */
  owners?: { name: string; percent: number }[];
  /** the ultimate parent given with the check; it replaces the one the stored statements give */
  ultimateParent?: { name: string; country: string | null } | null;
};
export type CheckRequest = { buyer: BuyerInput; destination: string; shipFrom?: string; asOf: string };
export type CheckedLine = LineResult & { facts: LineFacts & { eccnWhy: string } };
export type CheckResult = {
  buyer: {
    name: string;
    hqCountry: string | null;
    partyId: string | null;
    screening: ScreeningResult;
    /** the listings the rules read, with their dates (kept with the determination to explain dates before them) */
    listings?: ListingOnDate[];
  };
  context: Omit<CheckContext, "buyer" | "licences">;
  ruleSet: { id: string; label: string };
  /** the stored regulation version (its eCFR date) the rules read; null or absent: the shipped baseline */
  regulationVersion?: string | null;
  lists: ListsInForce;
  lines: CheckedLine[];
  summary: BomSummary;
};

export type StoredDetermination = {
  id: string;
  bomId: string;
  bomName: string;
  buyerName: string;
  buyerStatus: string;
  /** the buyer's listings with their dates, as stored with the check (empty for checks made before they were) */
  buyerListings: ListingOnDate[];
  hqCountry: string | null;
  destination: string;
  shipFrom: string;
  asOf: string;
  ruleSet: { id: string; label: string };
  /** the regulation version (eCFR date) the rules read; null: the shipped baseline */
  regulationVersion: string | null;
  listLabel: string | null;
  listPublishedOn: string | null;
  outcome: string;
  summary: BomSummary;
  createdBy: string | null;
  createdAt: Date;
  lines: {
    lineNo: number;
    manufacturer: string | null;
    mpn: string | null;
    description: string | null;
    quantity: number;
    status: LineResult["status"];
    eccn: string | null;
    eccnSource: string | null;
    eccnWhy: string;
    ruleId: string;
    citation: string;
    reason: string;
    assumptions: string[];
    /** licence exceptions that may apply, if their conditions hold (lib/regs/exceptions.ts) */
    exceptions: ExceptionHint[];
  }[];
};
