// The advanced-computing headquarters test, through the ultimate parent: 15 CFR 744.23(a)(3) as introduced by
// 88 FR 73458 (FR document 2023-23055, "Effective November 17, 2023") and later 742.6(a)(6)(iii) reach an entity
// "headquartered in, or whose ultimate parent company is headquartered in" Macau or a destination in Country
// Group D:5 (team facts, ../shared/reference/facts/regulation-timeline.md, rows 2023-11-17 [verified] and
// 2025-01-15; the quoted wording is the issue's: the exact paragraph text was NOT re-read from the eCFR here).
// The engine's advanced-computing rule (rules.ts) applies the buyer's own headquarters; this rule adds the
// ultimate parent's, so a German subsidiary of a Chinese group needs the same licence as its parent would.
import { inGroup } from "./country-groups";
import type { CheckContext, Finding, LineFacts } from "./types";

export const parentHeadquartersTestFrom = "2023-11-17";

const isAdvancedComputing = (eccn: string | null) => !!eccn && (/^[34]A090/.test(eccn) || /\.z$/.test(eccn));
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
