// The foreign direct product (FDP) rules of 15 CFR 734.9 that a BOM line's facts can decide: a foreign-made item
// with no US content is still subject to the EAR when it is the direct product of US technology or software (or
// is made by a plant, or a major component of one, that is), and the buyer, the destination or the item is in a
// rule's scope. The line carries that fact as yes / no / unknown; unknown is assumed "yes" (most chips are: US
// design tools and manufacturing equipment) and the assumption says what answer it leads to. Pure.
import { advancedComputingFdp2022, belarusFrom, hbmCompliance, russiaFrom } from "./rule-dates";
import { rules } from "./rules";
import type { BuyerListing, CheckContext, LineFacts } from "./types";

export type UsTechProduct = "yes" | "no" | "unknown";
export type FdpCapture = { citation: string; reason: string; assumptions: string[] };

const listedOn = (l: BuyerListing, asOf: string) => !l.startDate || l.startDate <= asOf;

/**
 * The Entity List footnote FDP rules, each from the date it bound:
 * - footnote 1 (Huawei and its listed affiliates), now 734.9(e)(1): 85 FR 29849, "effective May 15, 2020"
 *   (https://exportcompliancesolutions.com/blog/2020/05/21/commerce-expands-direct-product-rule-target-huawei ;
 *   Thompson Hine, https://www.thompsonhine.com/publications/commerce-issues-interim-final-rule-addressing-foreign-produced-direct-products-and-specifically-targets-huawei-technologies ),
 *   then reaching any item produced from the listed US technology or software, not only Huawei's own designs,
 *   from 2020-08-17 (85 FR 51596: "effective as of August 17, 2020", Hughes Hubbard,
 *   https://www.hugheshubbard.com/news/u-s-department-of-commerce-tightens-entity-list-restrictions-and-adds-huawei-entities ).
 *   Between 2020-05-15 and 2020-08-16 the rule reached only items produced from Huawei's designs: stated as an
 *   assumption here, not tested. The 2020 rules wrote it in 736.2(b)(3)(vi); it is cited by its present place,
 *   734.9(e)(1) (the date it moved there is not confirmed here).
 * - footnote 4, 734.9(e)(2): 87 FR 62186, its FDP instructions from 2022-10-21 (rule-dates.ts). Paragraph number
 *   not confirmed against the eCFR (part 734 is not among the eCFR files read).
 * - footnote 5, 734.9(e)(3): 89 FR 96790 ("Two new FDPRs: one targeting companies on the Entity List with a new
 *   Footnote 5 designation", https://fashioncounsel.com/perspectives/alerts/summary-biss-december-5-2024-chip-controls ),
 *   compliance from 2024-12-31; its product scope is semiconductor manufacturing equipment and related items. The
 *   exact ECCN list is not confirmed here: Category 3 B, D and E entries are taken as in scope, others not.
 * - footnote 3 (Russian and Belarusian military end users), 734.9(g): 87 FR 12226 from 2022-02-24, Belarusian
 *   end users from 2022-03-02 (87 FR 13048, "revise the two foreign direct product rules ... to make them also
 *   applicable to Belarus"). The rule's own paragraph date for entities elsewhere is taken as 2022-02-24.
 */
const footnoteRules: {
  footnote: string;
  from: string;
  citation: string;
  notice: string;
  inScope?: (e: string | null) => boolean;
}[] = [
  { footnote: "1", from: "2020-05-15", citation: "15 CFR 734.9(e)(1)", notice: "85 FR 29849, 85 FR 51596" },
  { footnote: "4", from: advancedComputingFdp2022, citation: "15 CFR 734.9(e)(2)", notice: "87 FR 62186" },
  {
    footnote: "5",
    from: hbmCompliance,
    citation: "15 CFR 734.9(e)(3)",
    notice: "89 FR 96790",
    inScope: (e) => e == null || /^3[BDE]/.test(e),
  },
  { footnote: "3", from: russiaFrom, citation: "15 CFR 734.9(g)", notice: "87 FR 12226" },
];

const assumedYes = (rule: string, answer: string) =>
  `not stated whether the item is a direct product of US technology or software (or of a plant built from it): assumed so, which brings it under ${rule} (${answer}); if it is not, de minimis decides`;

/** The FDP rule that makes a foreign-made line subject to the EAR, or null (none does, or the line says "no"). */
export function foreignDirectProduct(line: LineFacts, ctx: CheckContext): FdpCapture | null {
  const fact = line.usTechProduct ?? "unknown";
  if (fact === "no") return null;
  const assumptions = (rule: string, answer: string) => (fact === "unknown" ? [assumedYes(rule, answer)] : []);

  for (const l of ctx.buyer.listings) {
    if (l.sourceCode !== "EL" || !l.footnotes || !listedOn(l, ctx.asOf)) continue;
    const notes = l.footnotes.split(/[,\s]+/);
    for (const r of footnoteRules) {
      if (!notes.includes(r.footnote) || ctx.asOf < r.from) continue;
      if (r.footnote === "3" && ctx.buyer.hqCountry === "BY" && ctx.asOf < belarusFrom) continue;
      if (r.inScope && !r.inScope(line.eccn)) continue;
      return {
        citation: r.citation,
        reason: `the buyer's Entity List entry ("${l.listedName}") carries footnote ${r.footnote} (${r.notice}): foreign-made direct products of US technology or software are subject to the EAR`,
        assumptions: [
          ...assumptions(r.citation, "the Entity List licence requirement then applies"),
          ...(r.footnote === "1" && ctx.asOf < "2020-08-17"
            ? [
                "before 2020-08-17 footnote 1 reached only items produced from Huawei's own designs (85 FR 29849): assumed this one is",
              ]
            : []),
        ],
      };
    }
  }

  // 734.9(h): advanced-computing items produced from US technology, to a destination (or a buyer headquartered
  // where) the advanced-computing licence requirement reaches. Its destination scope is taken to be that of
  // 742.6(a)(6) on the date (the 2022 rule: China, Macau from 2023-01-17; 88 FR 73458: D:1/D:4/D:5 not in A:5/A:6,
  // Macau, and the headquarters test): the equivalence after 88 FR 73458 is not confirmed against 734.9(h)'s text.
  if (ctx.asOf >= advancedComputingFdp2022) {
    const ac = rules["advanced-computing"](line, ctx);
    if (ac?.effect === "licence")
      return {
        citation: "15 CFR 734.9(h)",
        reason: `a foreign-made ${line.eccn} item produced from US technology or software, for ${ctx.destination}: the advanced-computing FDP rule (87 FR 62186, from ${advancedComputingFdp2022})`,
        assumptions: assumptions("15 CFR 734.9(h)", "the advanced-computing licence requirement then applies"),
      };
  }
  return null;
}

/**
 * 734.9(i), the supercomputer FDP rule, needs knowledge that the item is for a "supercomputer" in Macau or D:5:
 * a BOM line does not carry end use, so it is named as an assumption where it could apply, never decided here.
 */
export const supercomputerAssumption = (ctx: CheckContext, destinationD5OrMacau: boolean): string[] =>
  destinationD5OrMacau && ctx.asOf >= advancedComputingFdp2022
    ? [
        "no knowledge of a supercomputer end use is recorded: assumed none; with it, 15 CFR 734.9(i) would make a foreign-made item produced from US technology subject to the EAR (and 744.23 would require a licence)",
      ]
    : [];
