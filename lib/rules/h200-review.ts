// 91 FR 1684 (FR Doc 2026-00789, "Revision to License Review Policy for Advanced Computing Commodities", effective
// 2026-01-15: https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00789.htm ) moves licence review for
// exports of certain semiconductors to China and Macau from a presumption of denial to case by case: the Nvidia
// H200, its equivalents and less advanced chips (TPP under 21,000 and total DRAM bandwidth under 6,500 GB/s, per
// Morgan Lewis, https://www.morganlewis.com/pubs/2026/01/bis-revises-export-review-policy-for-advanced-ai-chips-destined-for-china-and-macau ),
// commercially available in the US, for exports from the United States only (reexports and in-country transfers
// stay presumption of denial: Baker McKenzie), under certifications (US supply, at most 50 % of US shipments,
// security and KYC, third-party testing in the US: ST&R). A line carries neither the chip's bandwidth nor the
// certifications, so this is a flag beside the requirement; the line's review policy stays what the rules say.
// The paragraph of 742.6(b) it amends is not confirmed here: the section is cited.
import type { CheckContext, Finding, LineFacts } from "./types";

export const h200ReviewFrom = "2026-01-15";

export function h200ReviewFinding(line: LineFacts, ctx: CheckContext): Finding | null {
  if (!line.eccn || !/^3A090\.a/i.test(line.eccn) || ctx.asOf < h200ReviewFrom) return null;
  if (ctx.destination !== "CN" && ctx.destination !== "MO") return null;
  const fromUs = ctx.shipFrom === "US";
  return {
    ruleId: "h200-review",
    citation: "15 CFR 742.6(b) (91 FR 1684, 2026-01-15)",
    effect: "flag",
    reason: fromUs
      ? `case-by-case review may apply instead of a presumption of denial if the chip is H200-class or less (TPP under 21,000 and DRAM bandwidth under 6,500 GB/s), commercially available in the US, and the exporter makes the certifications 91 FR 1684 requires (US supply, shipments to China and Macau at most half of US shipments, KYC and remote-access safeguards, third-party testing in the US): the line carries none of these, so its review policy is left as the rules give it`
      : `91 FR 1684's case-by-case review covers exports from the United States only: from ${ctx.shipFrom} (a reexport) the presumption of denial stays`,
  };
}
