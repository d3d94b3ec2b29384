// The licence rules, one function each with its citation, in a registry keyed by rule id so a rule left out
// fails the type check. Each takes the already-loaded facts and returns a finding or null; none queries
// anything. Fail closed: an unknown value yields a licence requirement or "needs classification" with a
// reason, never a silent clear.
import {
  groupsOf,
  inGroup,
  embargoedRegions,
  inAdvancedComputing2022Scope,
  namedInAdvancedComputingScope,
} from "./country-groups";
import {
  advancedComputing2022,
  advancedComputing2023,
  belarusFrom,
  hbmCompliance,
  hbmEffective,
  russiaBelarusAllCategories,
  russiaFrom,
} from "./rule-dates";
import { crimeControlApplies, crimeControlOf } from "./crime-control";
import { policyFromText } from "./policy";
import type { BuyerListing, CheckContext, Finding, LineFacts } from "./types";
import { affiliatesFinding } from "./affiliates";
import { ultimateParentFinding } from "./ultimate-parent";
import { listedAddressFinding } from "./listed-address";
import { isInformedFinding } from "./is-informed";
import { countryChartFinding } from "./country-chart";
import { russiaBelarusMeuFinding } from "./russia-belarus-meu";
import { aiDiffusionFinding } from "./ai-diffusion";
import { h200ReviewFinding } from "./h200-review";

export const ruleIds = [
  "entity-list",
  "listed-address",
  "denied-persons",
  "military-end-user",
  "russia-belarus-meu",
  "unverified-list",
  "treasury",
  "embargo",
  "russia-belarus",
  "advanced-computing",
  "ai-diffusion",
  "h200-review",
  "crime-control",
  "ultimate-parent",
  "affiliates",
  "is-informed",
  "ccl-chart",
] as const;
export type RuleId = (typeof ruleIds)[number];
type Rule = (line: LineFacts, ctx: CheckContext) => Finding | null;

const treasury = new Set(["SDN", "SSI", "FSE", "NS-MBS", "CMIC", "CAP", "PLC"]);
const listedOn = (l: BuyerListing, asOf: string) => !l.startDate || l.startDate <= asOf;
// an address-only entry the buyer's address met is the listed-address rule's (lib/rules/listed-address.ts)
const binding = (ctx: CheckContext, code: string) =>
  ctx.buyer.listings.filter((l) => l.sourceCode === code && !l.viaAddress && listedOn(l, ctx.asOf));
const pending = (l: BuyerListing) =>
  l.strength === "review"
    ? ` (a possible match not yet decided: "${l.listedName}"; treated as listed until a compliance officer decides)`
    : "";
// the .z paragraphs (3A001.z, 4A003.z, 5A992.z.1, ...) carry the same RS requirement as 3A090/4A090
// (742.6(a)(6)(iii)), not a Country Chart column: "5A992.z.1" as much as "5A992.z"
const isAdvancedComputing = (eccn: string | null) => !!eccn && (/^[34]A090/.test(eccn) || /\.z(\.|$)/i.test(eccn));
const isEar99 = (eccn: string | null) => (eccn ?? "").toUpperCase() === "EAR99";

/**
 * Each comprehensively embargoed destination's own section of part 746 (746.2 Cuba, 746.4 North Korea, 746.7 Iran,
 * 746.9 Syria): the part 746 table of contents, https://corpora.tika.apache.org/base/docs/govdocs1/248/248838.txt
 * (an older edition; the same numbering), and the current part 746 on bis.gov, which names "§ 746.7 When Destined
 * to Iran", https://www.bis.gov/title-15/subtitle-b/chapter-vii/subchapter-c/part-746 . A destination in E:1/E:2
 * without an entry here falls back to the part as a whole.
 */
const embargoSection: Record<string, string> = { CU: "746.2", KP: "746.4", IR: "746.7", SY: "746.9" };
/** 90 FR 42315, "This rule is effective September 2, 2025" (https://lexbuild.dev/fr/2025/09/2025-16724). */
const syriaRelaxed = "2025-09-02";

/**
 * Where the Russia/Belarus licence requirement for EAR99 items listed by HTS code (Supps. 2, 4 and 6 to part 746)
 * sits on a date. Until 89 FR 51644 these were the industry sector sanctions of 746.5(a)(1): 88 FR 33422 (2023)
 * titles Supp. No. 4 "Russian and Belarusian Industry Sector Sanctions Pursuant to 15 CFR 746.5(a)(1)(ii)",
 * http://www.wicksgroupconsulting.com/entry/final-rule-expands-export-administration-regulations-on-russia-belarus-and-iran
 * (the sub-paragraphs of 746.5(a)(1) for Supps. 2 and 6 are not confirmed here, so the citation stops at (a)(1)).
 * 89 FR 51644 (published 2024-06-18) "consolidates the EAR's Russian and Belarus sanctions into a single section"
 * (746.8) and "is effective on June 12, 2024, except for amendatory instruction 14, which is effective September
 * 16, 2024": https://regulations.justia.com/regulations/fedreg/2024/06/18/2024-13148.html and
 * https://tuttlelaw.com/newsletters/2024/6-25-24_ear_russian_rule.html . Not confirmed here: the paragraphs of
 * 746.8 that carry Supps. 2 and 4 after the move (746.8(a)(2)-(3) is what the rule cited before this change; the
 * current part 746 titles Supp. No. 6 "Pursuant to § 746.8(a)(6)", https://www.bis.gov/title-15/subtitle-b/chapter-vii/subchapter-c/part-746 ,
 * so that citation is likely incomplete from 2024-06-12 and is left as it was until checked).
 */
const russiaSectorMovedTo7468 = "2024-06-12";
const russiaEar99Citation = (asOf: string) =>
  asOf < russiaSectorMovedTo7468
    ? "15 CFR 746.5(a)(1), Supps. 2, 4, 6 to part 746"
    : "15 CFR 746.8(a)(2)-(3), Supps. 2, 4, 6 to part 746";

/**
 * Where the headquarters test sits: BIS's guidance (as reproduced by Wilmarth & Associates,
 * https://wilmarth-associates.com/guidance-regarding-enforcement-of-license-requirements-for-advanced-computing-items-for-entities-headquartered-in-country-group-d5-and-macau/ )
 * says the licence requirement for entities headquartered in, or whose ultimate parent is headquartered in, D:5 or
 * Macau "was first introduced on November 17, 2023 ... via an end-user control in § 744.23(a)(3)", and that "the AI
 * Diffusion Rule transferred the requirement for these '.a' items from § 744.23(a) into § 742.6", where it
 * "continues to apply under § 742.6(a)(6)(iii)(A)". The AI Diffusion rule is 90 FR 4544, "effective January 13,
 * 2025" (https://frtracker.app/fr/2025-00636). Not confirmed here: that the .b items (and .z) stayed in 744.23(a)(3)
 * after that date; they are cited there.
 */
const aiDiffusion = "2025-01-13";
const hqCitation = (eccn: string | null, asOf: string) =>
  asOf >= aiDiffusion && !!eccn && /^[34]A090\.a/.test(eccn)
    ? "15 CFR 742.6(a)(6)(iii)(A) (90 FR 4544, 2025-01-13)"
    : "15 CFR 744.23(a)(3) (88 FR 73458, 2023-11-17)";

export const rules: Record<RuleId, Rule> = {
  "entity-list": (line, ctx) => {
    const l = binding(ctx, "EL")[0];
    if (!l) return null;
    const { policy, quoted } = policyFromText(l.licensePolicy, line.eccn);
    const requirement = (l.licenseRequirement ?? "For all items subject to the EAR").replace(/\s+/g, " ").trim();
    const narrowed = /when used in projects|uniquely required|items specified/i.test(requirement);
    return {
      ruleId: "entity-list",
      citation: "15 CFR 744.11, 744.16",
      effect: "licence",
      policy: narrowed ? "see_section" : policy,
      reason: `the buyer is on the Entity List as "${l.listedName}" (${l.federalRegisterNotice ?? "FR citation not given"}${l.startDate ? `, from ${l.startDate}` : ""}): licence requirement "${requirement}"${line.eccn ? "" : " (EAR99 included: no classification needed)"}; review policy "${quoted}"${pending(l)}`,
    };
  },
  "denied-persons": (_line, ctx) => {
    const l = binding(ctx, "DPL")[0];
    if (!l) return null;
    return {
      ruleId: "denied-persons",
      citation: "15 CFR 764.3, Supp. 1 to part 764 (denial orders)",
      effect: "licence",
      policy: "policy_of_denial",
      reason: `the buyer is a denied person ("${l.listedName}"): no transaction in items subject to the EAR${pending(l)}`,
    };
  },
  "military-end-user": (line, ctx) => {
    const l = binding(ctx, "MEU")[0];
    if (!l) return null;
    // in Russia and Belarus the control reaches EAR99 too: lib/rules/russia-belarus-meu.ts decides there
    const ruBy =
      (ctx.destination === "RU" && ctx.asOf >= russiaFrom) || (ctx.destination === "BY" && ctx.asOf >= belarusFrom);
    if (isEar99(line.eccn) && ruBy) return null;
    if (isEar99(line.eccn))
      return {
        ruleId: "military-end-user",
        citation: "15 CFR 744.21",
        effect: "flag",
        reason: `the buyer is on the Military End-User list ("${l.listedName}"); EAR99 items are outside Supp. No. 2 to part 744`,
      };
    return {
      ruleId: "military-end-user",
      citation: "15 CFR 744.21, Supp. No. 2 to part 744",
      effect: "licence",
      policy: "presumption_of_denial",
      reason: `the buyer is on the Military End-User list ("${l.listedName}"): a licence for items in Supp. No. 2 to part 744${line.eccn ? ` (check ECCN ${line.eccn} against it)` : " (ECCN unknown)"}${pending(l)}`,
    };
  },
  "unverified-list": (_line, ctx) => {
    const l = binding(ctx, "UVL")[0];
    return l
      ? {
          ruleId: "unverified-list",
          citation: "15 CFR 744.15",
          effect: "flag",
          reason: `the buyer is on the Unverified List ("${l.listedName}"): no licence exceptions, and a UVL statement is needed before export`,
        }
      : null;
  },
  treasury: (_line, ctx) => {
    const l = ctx.buyer.listings.find((x) => treasury.has(x.sourceCode) && listedOn(x, ctx.asOf));
    return l
      ? {
          ruleId: "treasury",
          citation: "31 CFR chapter V (OFAC)",
          effect: "flag",
          reason: `the buyer is on a Treasury list (${l.sourceCode}: "${l.listedName}"): sanctions apply separately; not an export licence requirement under the EAR`,
        }
      : null;
  },
  embargo: (line, ctx) => {
    const region = embargoedRegions[ctx.destination];
    if (inGroup(ctx.destination, "E1", ctx.asOf) || inGroup(ctx.destination, "E2", ctx.asOf) || region) {
      // Syria from 90 FR 42315 (effective 2025-09-02): the licence requirement stays, but 746.9(c)'s "general policy
      // of denial" gives way to approval for telecommunications, sanitation, power generation and civil aviation and
      // case-by-case review for the rest (Thompson Hine, 2025-09,
      // https://www.thompsonhinesmartrade.com/2025/09/department-of-commerce-relaxes-export-controls-for-syria ;
      // https://frtracker.app/fr/2025-16724). The end use is not among a line's facts: case-by-case is shown.
      if (ctx.destination === "SY" && ctx.asOf >= syriaRelaxed)
        return {
          ruleId: "embargo",
          citation: "15 CFR 746.9 (90 FR 42315, 2025-09-02)",
          effect: "licence",
          policy: "case_by_case",
          reason: `Syria: a licence for items subject to the EAR${line.eccn ? "" : ", EAR99 included"} (746.9); since 90 FR 42315 reviewed case by case (approval for telecommunications, sanitation, power generation and civil aviation), and EAR99 items may go under licence exception SPP (740.5)`,
        };
      return {
        ruleId: "embargo",
        citation: region
          ? "15 CFR 746.6"
          : embargoSection[ctx.destination]
            ? `15 CFR ${embargoSection[ctx.destination]}`
            : "15 CFR part 746",
        effect: "licence",
        policy: "policy_of_denial",
        reason: `${region ?? ctx.destination} is comprehensively embargoed: a licence for all items subject to the EAR${line.eccn ? "" : ", EAR99 included"}`,
      };
    }
    return null;
  },
  "russia-belarus": (line, ctx) => {
    // Russia from 2022-02-24 (87 FR 12226), Belarus from 2022-03-02 (87 FR 13048); CCL Categories 0-2 only from
    // 2022-04-08 (87 FR 22130): dates and sources in rule-dates.ts
    const from = ctx.destination === "RU" ? russiaFrom : ctx.destination === "BY" ? belarusFrom : null;
    if (!from || ctx.asOf < from) return null;
    if (isEar99(line.eccn))
      return {
        ruleId: "russia-belarus",
        citation: russiaEar99Citation(ctx.asOf),
        effect: "classify",
        reason: `EAR99 items to ${ctx.destination} need a licence when their HTS code is listed in the part 746 supplements: the HTS code decides`,
      };
    if (line.eccn && /^[0-2]/.test(line.eccn) && ctx.asOf < russiaBelarusAllCategories) return null;
    return {
      ruleId: "russia-belarus",
      citation: "15 CFR 746.8(a)(1)",
      effect: "licence",
      policy: "policy_of_denial",
      reason: `items on the Commerce Control List need a licence to ${ctx.destination}${line.eccn ? "" : " (ECCN unknown: assumed on the CCL)"}`,
    };
  },
  "advanced-computing": (line, ctx) => {
    // 89 FR 96790 (published 2024-12-05) "has been effective since December 2, 2024" and added 3A090.c:
    // https://www.govinfo.gov/content/pkg/FR-2024-12-05/html/2024-28270.htm , https://frtracker.app/fr/2024-28270 ;
    // "The December 2024 IFR added new subparagraph '.c' under existing ECCN 3A090" (Covington, 2024-12-09),
    // https://publicnow.com/view/E1471AA44EE099160E278FC652BDEB834AE0D385 . Compliance from 2024-12-31 (rule-dates.ts).
    const hbm = !!line.eccn?.startsWith("3A090.c");
    if (hbm && ctx.asOf < hbmEffective) {
      return {
        ruleId: "advanced-computing",
        citation: "15 CFR 774, Supp. 1, ECCN 3A090.c (89 FR 96790, from 2024-12-02)",
        effect: "classify",
        reason:
          "3A090.c (high-bandwidth memory) did not exist before 2024-12-02: classify the item as it stood on that date",
      };
    }
    if (!isAdvancedComputing(line.eccn) || ctx.asOf < advancedComputing2022) return null;
    const dest = ctx.destination;
    if (ctx.asOf < advancedComputing2023) {
      // 87 FR 62186 reached China (with Hong Kong) only; Macau from 2023-01-17 (88 FR 2821): the dated scope and
      // its sources are in country-groups.ts. 88 FR 73458 replaced it only on 2023-11-17 (rule-dates.ts).
      if (!inAdvancedComputing2022Scope(dest, ctx.asOf)) return null;
      const macau = dest === "MO";
      return {
        ruleId: "advanced-computing",
        citation: macau
          ? "15 CFR 742.6(a)(6) (87 FR 62186, 2022-10-07; 88 FR 2821, Macau from 2023-01-17)"
          : "15 CFR 742.6(a)(6) (87 FR 62186, 2022-10-07)",
        effect: "licence",
        policy: "presumption_of_denial",
        reason: `${line.eccn} to ${dest}: a licence under the October 2022 advanced-computing rule`,
      };
    }
    const hq = ctx.buyer.hqCountry;
    const hqCaught = !!hq && (inGroup(hq, "D5", ctx.asOf) || hq === "MO");
    if (hbm) {
      // "RS applies to 3A090.c => To or within Macau or a destination specified in Country Group D:5 ... See
      // § 742.6(a)(6)(i)(B)" (ECCN 3A090, eCFR of 2026-07-23), and to entities headquartered there (Covington and
      // https://fashioncounsel.com/perspectives/alerts/summary-biss-december-5-2024-chip-controls): not D:1 or D:4.
      const destCaught = dest === "MO" || inGroup(dest, "D5", ctx.asOf);
      if (!destCaught && !hqCaught) return null;
      const why = destCaught
        ? `${dest === "MO" ? "Macau" : `${dest} is in Country Group D:5`}`
        : `the buyer is headquartered in ${hq} (D:5 or Macau), wherever the item goes`;
      // headquarters only: the end-user control of 744.23(a)(3) (see hqCitation below; its reach to 3A090.c is
      // taken from the law-firm summaries above, not confirmed against 744.23's text)
      const hbmCitation = destCaught
        ? "15 CFR 742.6(a)(6)(i)(B), 742.6(b)(10) (89 FR 96790, 2024-12-02)"
        : "15 CFR 744.23(a)(3) (89 FR 96790, 2024-12-02)";
      if (ctx.asOf < hbmCompliance)
        return {
          ruleId: "advanced-computing",
          citation: destCaught
            ? "15 CFR 742.6(a)(6)(i)(B) (89 FR 96790, 2024-12-02)"
            : "15 CFR 744.23(a)(3) (89 FR 96790, 2024-12-02)",
          effect: "flag",
          reason: `3A090.c to ${dest}: ${why}; the control is effective from 2024-12-02 but compliance is required only from ${hbmCompliance} (89 FR 96790): no licence needed before then`,
        };
      return {
        ruleId: "advanced-computing",
        citation: hbmCitation,
        effect: "licence",
        policy: "presumption_of_denial",
        reason: `3A090.c (high-bandwidth memory): ${why}; licence required since 89 FR 96790 (compliance from ${hbmCompliance}); review policy presumption of denial (D:5 or Macau)`,
      };
    }
    const groups = groupsOf(dest, ctx.asOf);
    const named = namedInAdvancedComputingScope(dest, ctx.asOf);
    const dGroup = groups.some((g) => g === "D1" || g === "D4" || g === "D5");
    const aGroup = groups.some((g) => g === "A5" || g === "A6");
    const destCaught = (dGroup && !aGroup) || dest === "MO" || named;
    if (!destCaught && !hqCaught) return null;
    // 742.6(b)(10): presumption of denial for Macau, D:5 and entities headquartered there. For the other D:1/D:4
    // destinations the rules say case-by-case; a third-party summary reports a presumption of approval
    // (data/reference/country-groups.md, section 2): NOT confirmed against 742.6(b)(10)'s text here.
    const strict = inGroup(dest, "D5", ctx.asOf) || dest === "MO" || hqCaught;
    const why = destCaught
      ? named
        ? `${dest} is named in the 3A090.b/4A090.b destination scope (with D:1, D:4, D:5) although in A:5`
        : `${dest} is in Country Group ${
            groups
              .filter((g) => g.startsWith("D"))
              .map((g) => `${g[0]}:${g.slice(1)}`)
              .join(", ") || "Macau"
          } and not in A:5 or A:6`
      : `the buyer is headquartered in ${hq} (D:5 or Macau), wherever the item goes`;
    return {
      ruleId: "advanced-computing",
      citation: destCaught
        ? "15 CFR 742.6(a)(6)(iii), 742.6(b)(10) (88 FR 73458, 2023-11-17)"
        : hqCitation(line.eccn, ctx.asOf),
      effect: "licence",
      policy: strict ? "presumption_of_denial" : "case_by_case",
      reason: `${line.eccn}: ${why}; review policy ${strict ? "presumption of denial (D:5 or Macau)" : "case-by-case"}`,
    };
  },
  "crime-control": (line, ctx) => {
    const c = line.eccn ? crimeControlOf(line.eccn) : null;
    if (!c) return null;
    if (c === "unlisted-98x")
      return {
        ruleId: "crime-control",
        citation: "15 CFR 738.2(d), part 774 (Commerce Control List)",
        effect: "classify",
        reason: `${line.eccn} is an x98x entry (crime control, surreptitious listening or short supply), not anti-terrorism only; its reasons for control are not modelled here: check them before clearing`,
      };
    if (!crimeControlApplies(c, ctx.destination)) return null;
    const what = c.reason === "CC" ? "crime control (CC)" : "surreptitious listening (SL)";
    return {
      ruleId: "crime-control",
      citation: c.citation,
      effect: "licence",
      policy: "see_section",
      reason: `${line.eccn} is controlled for ${what}, not anti-terrorism only: ${c.scope === "cc-column-1" ? `${ctx.destination} has an X in CC Column 1 of the Commerce Country Chart` : c.scope === "all" ? "a licence for all destinations" : "a licence for all destinations except Canada"}; review policy per ${c.citation} (not modelled per destination)`,
    };
  },
  "listed-address": listedAddressFinding,
  "russia-belarus-meu": russiaBelarusMeuFinding,
  "ai-diffusion": aiDiffusionFinding,
  "h200-review": h200ReviewFinding,
  "ultimate-parent": ultimateParentFinding,
  affiliates: affiliatesFinding,
  "is-informed": isInformedFinding,
  "ccl-chart": (line, ctx) => {
    if (!line.eccn || isEar99(line.eccn) || isAdvancedComputing(line.eccn) || crimeControlOf(line.eccn)) return null;
    return countryChartFinding(line, ctx);
  },
};
