// The January 2025 "Framework for Artificial Intelligence Diffusion" (90 FR 4544, effective 2025-01-13, compliance
// from 2025-05-15: https://frtracker.app/fr/2025-00636) put a worldwide licence requirement on 3A090.a, 4A090.a and
// the .z.a paragraphs (742.6(a)(6)(iii)(A)); that text is still in the eCFR of 2026-07-23 (the CCL's "RS applies to
// 5A992.z.1 => To or within any destination worldwide. See § 742.6(a)(6)(iii)(A)"). On 2025-05-13 BIS announced the
// rule's rescission and that it will not be enforced (press release, as summarised by Alston & Bird,
// https://alstontrade.com/commerce-rescinds-ai-diffusion-rule-releases-other-guidance-involving-overseas-ai-chips ,
// and GAO B-337935, https://www.gao.gov/products/b-337935 ). Both facts are shown as a flag: never a licence
// requirement by themselves (the D:1/D:4/D:5 and headquarters requirements stay with the advanced-computing rule).
import type { CheckContext, Finding, LineFacts } from "./types";

export const aiDiffusionEffective = "2025-01-13";
export const aiDiffusionCompliance = "2025-05-15";
export const aiDiffusionNotEnforced = "2025-05-13";

/** 3A090.a, 4A090.a and the CCL's worldwide .z paragraphs (3A001.z.1.a, 4A004.z.1, 5A992.z.1, ...). */
export const inAiDiffusionScope = (eccn: string | null) =>
  !!eccn && (/^[34]A090\.a/i.test(eccn) || /\.z\.\d+\.a\b/i.test(eccn) || /^(4A004|5A992|5D992)\.z\.1\b/i.test(eccn));

export function aiDiffusionFinding(line: LineFacts, ctx: CheckContext): Finding | null {
  if (!inAiDiffusionScope(line.eccn) || ctx.asOf < aiDiffusionEffective) return null;
  const enforced =
    ctx.asOf < aiDiffusionNotEnforced
      ? `compliance was due from ${aiDiffusionCompliance}; on ${aiDiffusionNotEnforced} BIS announced it would not enforce the rule`
      : `BIS announced on ${aiDiffusionNotEnforced} that it will not enforce it and will rescind it; the text is still in the eCFR (2026-07-23)`;
  return {
    ruleId: "ai-diffusion",
    citation: "15 CFR 742.6(a)(6)(iii)(A) (90 FR 4544, 2025-01-13)",
    effect: "flag",
    reason: `${line.eccn} to ${ctx.destination}: the AI-diffusion rule's text requires a licence to any destination; ${enforced}: shown, not applied`,
  };
}
