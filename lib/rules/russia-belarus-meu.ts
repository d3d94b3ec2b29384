// Military end users in Russia and Belarus (15 CFR 744.21): from 87 FR 12226 (Russia, effective 2022-02-24) and
// 87 FR 13048 (Belarus, effective 2022-03-02) the 'military end use' and 'military end user' control reaches "all
// items 'subject to the EAR' other than food and medicine designated EAR99" for those two destinations, with a
// policy of denial. Sources: 87 FR 13048's summary ("expand the existing 'military end use' and 'military end
// user' control scope to include Belarus for all items 'subject to the EAR' other than food and medicine designated
// EAR99"), http://federal.elaws.us/citation/87-FR-13059 and
// https://regulations.justia.com/regulations/fedreg/2022/03/08/2022-04819.html ; for Russia, BIS's summary of
// 87 FR 12226 as reproduced at https://www.linqs.co/bis-adds-new-russia-license-requirements-and-licensing-policies-to-the-export-administration-regulations-ear/ .
// Not confirmed here: the paragraph of 744.21 that carries the Russia/Belarus scope (the review cites 744.21(a)(2))
// and the paragraph of its denial policy, so the section is cited whole. A BOM line cannot say whether the buyer
// is a military end user: the rule binds on a buyer the Military End-User list names, and otherwise flags it.
import { belarusFrom, russiaFrom } from "./rule-dates";
import type { CheckContext, Finding, LineFacts } from "./types";

const notice = { RU: { fr: "87 FR 12226", from: russiaFrom }, BY: { fr: "87 FR 13048", from: belarusFrom } } as const;

export function russiaBelarusMeuFinding(line: LineFacts, ctx: CheckContext): Finding | null {
  const n = notice[ctx.destination as keyof typeof notice];
  if (!n || ctx.asOf < n.from) return null;
  const meu = ctx.buyer.listings.find(
    (l) => l.sourceCode === "MEU" && !l.viaAddress && (!l.startDate || l.startDate <= ctx.asOf),
  );
  const citation = `15 CFR 744.21 (${n.fr}, ${n.from})`;
  if (!meu)
    return {
      ruleId: "russia-belarus-meu",
      citation,
      effect: "flag",
      reason: `to ${ctx.destination}, a licence is required for any item subject to the EAR (EAR99 too, food and medicine aside) if the buyer is a 'military end user' or the item is for a 'military end use' (${n.fr}): the buyer is not on the Military End-User list, but its end use is not among the line's facts`,
    };
  return {
    ruleId: "russia-belarus-meu",
    citation,
    effect: "licence",
    policy: "policy_of_denial",
    reason: `the buyer is on the Military End-User list ("${meu.listedName}") and the destination is ${ctx.destination}: a licence for all items subject to the EAR other than food and medicine designated EAR99${line.eccn ? "" : " (ECCN unknown)"} (${n.fr}); policy of denial${meu.strength === "review" ? " (a possible match not yet decided: treated as listed until a compliance officer decides)" : ""}`,
  };
}
