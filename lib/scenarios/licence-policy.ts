// The default licence-approval probability from the review policies of the exposed BOM lines: each line's most
// restrictive policy, weighted by the line's value. The probabilities per policy are the team's planning
// assumptions, not regulatory figures (BIS publishes no approval rates per policy): a policy of denial is never
// approved, a presumption of denial rarely, case-by-case about half the time, a presumption of approval usually.
import type { ReviewPolicy } from "../rules/types";

export const approvalByPolicy: Record<ReviewPolicy, number> = {
  policy_of_denial: 0,
  presumption_of_denial: 0.05,
  see_section: 0.25,
  case_by_case: 0.5,
  presumption_of_approval: 0.9,
};

const restrictiveness: ReviewPolicy[] = [
  "policy_of_denial",
  "presumption_of_denial",
  "see_section",
  "case_by_case",
  "presumption_of_approval",
];

export type PolicyLine = { valueMinor: number; policies: (ReviewPolicy | null | undefined)[] };

/** The value-weighted default approval, and the sentence that says where it came from; null when no line is exposed. */
export function defaultApproval(lines: readonly PolicyLine[]): { approval: number; source: string } | null {
  const byPolicy = new Map<ReviewPolicy, number>();
  let total = 0;
  for (const l of lines) {
    const known = l.policies.filter((p): p is ReviewPolicy => !!p);
    // no stated policy: the usual Entity List presumption of denial (lib/rules/policy.ts says the same)
    const decisive = restrictiveness.find((p) => known.includes(p)) ?? "presumption_of_denial";
    byPolicy.set(decisive, (byPolicy.get(decisive) ?? 0) + l.valueMinor);
    total += l.valueMinor;
  }
  if (total === 0) return null;
  let approval = 0;
  for (const [p, v] of byPolicy) approval += (approvalByPolicy[p] * v) / total;
  const parts = restrictiveness
    .filter((p) => byPolicy.has(p))
    .map((p) => `${Math.round((byPolicy.get(p)! / total) * 100)} % ${p.replace(/_/g, " ")}`);
  return {
    approval: Math.round(approval * 1000) / 1000,
    source: `exposed BOM value by review policy: ${parts.join(", ")} (planning assumptions per policy: denial 0 %, presumption of denial 5 %, case by case 50 %, presumption of approval 90 %)`,
  };
}
