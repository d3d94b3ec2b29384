// What a licence determination works on and answers with. Pure data: lib/data/determinations.ts loads the
// BOM, the buyer's screening result and licences on file; the rules never query anything themselves.

import type { BuyerOwnership } from "./ownership-facts";
import type { RegulationVersion } from "../regs/types";
import type { ExceptionHint } from "../regs/exceptions";

export const lineStatuses = ["blocked", "licence_required", "authorised", "needs_classification", "nlr"] as const;
export type LineStatus = (typeof lineStatuses)[number];

export const statusLabels: Record<LineStatus, string> = {
  blocked: "Blocked",
  licence_required: "Licence required",
  authorised: "Authorised (licence on file)",
  needs_classification: "Needs classification",
  nlr: "No licence required",
};

/** How BIS will review a licence application: from the list entry's own text or the rule's policy. */
export type ReviewPolicy =
  "policy_of_denial" | "presumption_of_denial" | "case_by_case" | "presumption_of_approval" | "see_section";

export const policyLabels: Record<ReviewPolicy, string> = {
  policy_of_denial: "Policy of denial",
  presumption_of_denial: "Presumption of denial",
  case_by_case: "Case-by-case",
  presumption_of_approval: "Presumption of approval",
  see_section: "See the cited section",
};

/** One listing of the buyer, as screening found it (only match-band hits or confirmed matches bind). */
export type BuyerListing = {
  sourceCode: string;
  listedName: string;
  /** match: the score or a confirmed decision says it is the listed entity; review: not decided yet */
  strength: "match" | "review";
  startDate: string | null;
  licenseRequirement: string | null;
  licensePolicy: string | null;
  /** footnote digits from the licence requirement (1, 3, 4: foreign direct product rules) */
  footnotes: string | null;
  federalRegisterNotice: string | null;
  /** an address-only entry the buyer's address met (lib/addresses/): what agreed, in words */
  viaAddress?: { partyAddress: string; how: string };
};

export type LicenceOnFile = {
  number: string;
  eccns: string[];
  destination: string | null;
  validFrom: string;
  validTo: string | null;
  partyMatches: boolean;
};

export type CheckContext = {
  /** YYYY-MM-DD: the rules and listings in force that day */
  asOf: string;
  destination: string;
  shipFrom: string;
  /** `ownership`: owners and ultimate parent, where known (lib/rules/affiliates.ts, ultimate-parent.ts) */
  buyer: { name: string; hqCountry: string | null; listings: BuyerListing[]; ownership?: BuyerOwnership };
  licences: LicenceOnFile[];
  /** the company running the check and the is-informed letters it holds (lib/rules/is-informed.ts) */
  exporter?: Exporter;
  /**
   * The regulation's tables in force on asOf (Country Chart, CCL reasons, licence exceptions): the latest loaded
   * version on or before asOf, from lib/data; absent, the shipped baseline (lib/regs/baseline.ts) is used.
   */
  regulation?: RegulationVersion;
};

export type LineFacts = {
  lineNo: number;
  manufacturer: string | null;
  mpn: string | null;
  description: string | null;
  quantity: number;
  /** line value in minor units of its currency (quantity x unit price), when priced */
  valueMinor: number | null;
  currency: string | null;
  /** the ECCN in force for the line and where it came from */
  eccn: string | null;
  eccnSource: "override" | "declaration" | "bom" | "catalogue" | null;
  catalogueMatch: { part: string; confidence: number; via: "mpn" | "description" } | null;
  countryOfOrigin: string | null;
  usContentPct: number | null;
  /**
   * Is the item a direct product of US technology or software, or made by a plant (or a major component of one)
   * that is? The foreign direct product rules (734.9) turn on it; absent means unknown (assumed yes, and said so).
   */
  usTechProduct?: "yes" | "no" | "unknown" | null;
};

export type Finding = {
  ruleId: string;
  citation: string;
  /** licence: a licence is required; classify: more classification decides (never cleared without it); flag: shown, changes nothing; not-subject: outside the EAR */
  effect: "licence" | "classify" | "flag" | "not-subject";
  policy?: ReviewPolicy;
  reason: string;
};

export type LineResult = {
  lineNo: number;
  status: LineStatus;
  eccn: string | null;
  /** the rule that decided the status, and its citation */
  ruleId: string;
  citation: string;
  reason: string;
  /** how BIS reviews a licence application for the line (the deciding finding's policy); null when none is needed */
  policy: ReviewPolicy | null;
  /** why the item is subject to the EAR (or not): the paragraph of part 734 that decided it */
  subjectTo: { citation: string; reason: string };
  findings: Finding[];
  assumptions: string[];
  rulesChecked: string[];
  licence: string | null;
  /**
   * Licence exceptions (part 740) that may apply to a line that needs a licence, "if" their conditions hold
   * (lib/regs/exceptions.ts). Never an authorisation: the status is the rules' answer whatever is listed here.
   */
  exceptions?: ExceptionHint[];
};

/** An is-informed letter held by the exporter (744.21/744.23; applied in is-informed.ts). */
export type IsInformedLetter = {
  id: string;
  /** the exporter the letter was addressed to, as named in it */
  recipient: string;
  /** ECCNs the letter names (a prefix matches: "3A090" covers 3A090.a) */
  eccns: string[];
  /** products by name, matched as whole words in a line's part number or description ("H20", "A100") */
  products: string[];
  /** the performance range the letter names, in words (shown, not applied) */
  tppRange: string | null;
  /** ISO alpha-2 codes, or "D:5" for Country Group D:5 on the check's date */
  destinations: string[];
  /** the letter also covers buyers headquartered (or whose ultimate parent is) in those destinations */
  headquarters: boolean;
  /** 744.21 (military end use) or 744.23 (advanced computing, supercomputers) */
  basis: "744.21" | "744.23";
  issuedOn: string;
  until: string | null;
  source: string;
};

/** The company running the check, and the letters it holds. */
export type Exporter = { name: string; letters: IsInformedLetter[] };
