// The licence review policy an Entity List entry states, read from its own text (the CSL's license_policy column
// holds a dozen spellings of a handful of policies; data/country-groups.md section 3 lists them).
import type { ReviewPolicy } from "./types";

/** The 2019 Xinjiang-surveillance entries: case-by-case only for protective-equipment ECCNs (84 FR 54002). */
const xuarCaseByCase = new Set(["1A004.c", "1A004.d", "1A995", "1A999.a", "1D003", "2A983", "2D983", "2E983"]);

export function policyFromText(text: string | null, eccn: string | null): { policy: ReviewPolicy; quoted: string } {
  const t = (text ?? "").replace(/\s+/g, " ").trim();
  const lower = t.toLowerCase();
  const isEar99 = (eccn ?? "").toUpperCase() === "EAR99";
  if (!t)
    return {
      policy: "presumption_of_denial",
      quoted: "(no policy stated: presumption of denial assumed, the usual Entity List policy)",
    };
  if (lower.startsWith("policy of denial")) return { policy: "policy_of_denial", quoted: t };
  if (lower.includes("case-by-case") && lower.includes("presumption of denial")) {
    return { policy: eccn && xuarCaseByCase.has(eccn) ? "case_by_case" : "presumption_of_denial", quoted: t };
  }
  if (
    lower.includes("presumption of approval for ear99") ||
    lower.includes("presumption of approval for ear99 items")
  ) {
    return { policy: isEar99 ? "presumption_of_approval" : "case_by_case", quoted: t };
  }
  if (lower.startsWith("presumption of denial")) return { policy: "presumption_of_denial", quoted: t };
  if (lower.startsWith("case-by-case")) return { policy: "case_by_case", quoted: t };
  if (lower.startsWith("presumption of approval")) return { policy: "presumption_of_approval", quoted: t };
  if (lower.startsWith("see ")) return { policy: "see_section", quoted: t };
  return { policy: "presumption_of_denial", quoted: `${t} (not recognised: presumption of denial assumed)` };
}

export const denial = (p: ReviewPolicy | undefined): boolean =>
  p === "policy_of_denial" || p === "presumption_of_denial";
