// The advanced-computing headquarters test, through the ultimate parent. The wording "headquartered in, or whose
// ultimate parent company is headquartered in" Country Group D:5 or Macau:
// - 88 FR 73458 (FR document 2023-23055, "Effective November 17, 2023"; team facts,
//   ../shared/reference/facts/regulation-timeline.md, row 2023-11-17, verified) introduced it in 744.23(a)(3);
//   the phrase is quoted from https://www.federalregister.gov/d/2023-23055/p-306 by secondary sources found with
//   the search tool (the paragraph itself was not read here). One of them ties the 2023 paragraph to knowledge
//   of use in a "supercomputer"; that condition is NOT modelled (the engine's own headquarters test, rules.ts,
//   does not model it either).
// - BIS guidance of 2026-05-31, as quoted: "a license requirement continues to apply under § 742.6(a)(6)(iii)(A)
//   of the EAR to all destinations outside the United States for these advanced computing items when such items
//   are for entities headquartered in, or whose ultimate parent company is headquartered in, Country Group D:5 or
//   Macau" (team facts row 2026-05-31, summarised).
// The advanced-computing rule (rules.ts) applies the buyer's own headquarters; this rule adds the ultimate
// parent's, so a German subsidiary of a Chinese group needs the same licence as its parent would.
import { inGroup } from "./country-groups";
import type { CheckContext, Finding, LineFacts } from "./types";

export const parentHeadquartersTestFrom = "2023-11-17";

const isAdvancedComputing = (eccn: string | null) => !!eccn && (/^[34]A090/.test(eccn) || /\.z(\.|$)/i.test(eccn));
const caught = (country: string | null, asOf: string) =>
  !!country && (country === "MO" || inGroup(country, "D5", asOf));

export function ultimateParentFinding(line: LineFacts, ctx: CheckContext): Finding | null {
  const parent = ctx.buyer.ownership?.ultimateParent;
  if (!parent || !isAdvancedComputing(line.eccn) || ctx.asOf < parentHeadquartersTestFrom) return null;
  // the buyer's own headquarters is the advanced-computing rule's case already
  if (caught(ctx.buyer.hqCountry, ctx.asOf)) return null;
  if (!parent.country)
    return {
      ruleId: "ultimate-parent",
      citation: "15 CFR 744.23(a)(3), 742.6(a)(6)(iii) (88 FR 73458, effective 2023-11-17)",
      effect: "classify",
      reason: `${line.eccn}: the buyer's ultimate parent is ${parent.name} (${parent.chain}), whose headquarters country is not known: the headquarters test cannot be cleared without it`,
    };
  if (!caught(parent.country, ctx.asOf)) return null;
  return {
    ruleId: "ultimate-parent",
    citation: "15 CFR 744.23(a)(3), 742.6(a)(6)(iii) (88 FR 73458, effective 2023-11-17)",
    effect: "licence",
    policy: "presumption_of_denial",
    reason: `${line.eccn}: the buyer's ultimate parent ${parent.name} is headquartered in ${parent.country} (${parent.country === "MO" ? "Macau" : "Country Group D:5"}), wherever the item goes (${parent.chain}); review policy presumption of denial`,
  };
}
