// BIS's affiliates rule: an entity owned 50 percent or more, directly or indirectly, individually or in
// aggregate, by one or more Entity List or Military End-User parties (or certain SDNs, 744.8(a)(1)) takes their
// licence requirements (most restrictive owner's requirement and policy).
//
// Its versions by date:
// - 90 FR 47201 (FR document 2025-19001, interim final rule), "This rule is effective September 29, 2025"
//   (thefederalregister.org/documents/2025-19001; frtracker.app/fr/2025-19001: "Citation: 90 FR 47201").
// - Suspended from 2025-11-10 through 2026-11-09 by the final rule "One Year Suspension of Expansion of End-User
//   Controls for Affiliates of Certain Listed Entities" (Federal Register vol. 90 no. 216; the issue cites it as
//   90 FR 50857 -- the page number is NOT confirmed by the sources found), which reimposes the suspended
//   provisions on 2026-11-10 "absent a future extension" (Skadden, Squire Patton Boggs, Freshfields summaries of
//   the rule, November 2025).
// - From 2026-11-10: in force again. No extension of the suspension was found in the sources searched on
//   2026-12-07 (law-firm summaries; ../shared/reference/facts/regulation-timeline.md says the same), but that
//   absence is NOT confirmed against the Federal Register itself: a determination on or after 2026-11-10 says so.
// Not modelled: Temporary General License 7 (authorised some affiliate transactions until 2025-11-28), red flag
// 29 (unknown ownership percentages), the OFAC programs 744.8(a)(1) names (every SDN owner is flagged instead).
import { policyFromText } from "./policy";
import type { CheckContext, Finding, LineFacts, ReviewPolicy } from "./types";

export const affiliatesRuleVersions = [
  {
    from: "2025-09-29",
    state: "in-force",
    citation: "15 CFR part 744 as amended by 90 FR 47201 (effective 2025-09-29)",
  },
  {
    from: "2025-11-10",
    state: "suspended",
    citation: "90 FR 50857 (suspension of 90 FR 47201, 2025-11-10 to 2026-11-09)",
  },
  {
    from: "2026-11-10",
    state: "in-force",
    citation:
      "15 CFR part 744 as amended by 90 FR 47201, reimposed 2026-11-10 at the end of the 90 FR 50857 suspension (no extension found as of 2026-12-07; not confirmed against the Federal Register)",
  },
] as const;

export function affiliatesRuleOn(asOf: string) {
  return [...affiliatesRuleVersions].reverse().find((v) => v.from <= asOf) ?? null;
}

/** The lists whose owners the affiliates rule looks through: Entity List and Military End-User list. */
const earLists = new Set(["EL", "MEU"]);
const ofacLists = new Set(["SDN"]);
const THRESHOLD = 0.5;
const EPSILON = 1e-9;

const rank: Record<ReviewPolicy, number> = {
  policy_of_denial: 5,
  presumption_of_denial: 4,
  see_section: 3,
  case_by_case: 2,
  presumption_of_approval: 1,
};

export function affiliatesFinding(line: LineFacts, ctx: CheckContext): Finding | null {
  const held = ctx.buyer.ownership?.listedOwnership;
  if (!held) return null;
  const listedOn = (start: string | null) => !start || start <= ctx.asOf;
  const earOwners = held.owners.filter((o) => earLists.has(o.listing.sourceCode) && listedOn(o.listing.startDate));
  const earShare = earOwners.reduce((s, o) => s + o.share, 0);
  const sdnOwners = held.owners.filter((o) => ofacLists.has(o.listing.sourceCode) && listedOn(o.listing.startDate));
  if (earShare + EPSILON < THRESHOLD) {
    const sdnShare = sdnOwners.reduce((s, o) => s + o.share, 0);
    if (sdnShare + EPSILON < THRESHOLD) return null;
    return {
      ruleId: "affiliates",
      citation: "31 CFR 501 (OFAC 50 percent rule); 15 CFR 744.8",
      effect: "flag",
      reason: `${held.explanation}: owned 50 % or more by SDN-listed parties, so blocked under OFAC's 50 percent rule; not an EAR licence requirement by itself`,
    };
  }
  const version = affiliatesRuleOn(ctx.asOf);
  if (!version || version.state === "suspended")
    return {
      ruleId: "affiliates",
      citation: version?.citation ?? "90 FR 47201 (effective 2025-09-29)",
      effect: "flag",
      reason: `${held.explanation}; the affiliates rule ${version ? "is suspended on this date (2025-11-10 to 2026-11-09)" : "was not yet in force on this date (from 2025-09-29)"}, so no licence follows from ownership alone`,
    };
  // the most restrictive owner's policy decides (the rule's "most restrictive" standard)
  const policies = earOwners.map((o) =>
    o.listing.sourceCode === "MEU"
      ? ("presumption_of_denial" as const)
      : policyFromText(o.listing.licensePolicy, line.eccn).policy,
  );
  const policy = policies.reduce((a, b) => (rank[b] > rank[a] ? b : a), policies[0] ?? "presumption_of_denial");
  const bound = held.approximate ? " (the ownership figure is a bound: review the paths)" : "";
  return {
    ruleId: "affiliates",
    citation: version.citation,
    effect: "licence",
    policy,
    reason: `${held.explanation}: an affiliate of listed parties takes their licence requirement; review policy ${policy.replace(/_/g, " ")}${bound}`,
  };
}
