// The dates the rules change on, each with the Federal Register notice and where its date was read. The rules
// compare YYYY-MM-DD strings: a rule "from" a date applies on that day and after, never the day before.

/**
 * 87 FR 62186 (published 2022-10-13) took effect in stages: "Effective on October 7, 2022, are the following
 * instructions: 7 (Sec. 740.2), 9 (Sec. 740.10), 11 (Sec. 742.6), 17 (Sec. 744.23), and 25 (supplement no. 1 to
 * part 774)" (the rule's DATES, https://open-gov.usebase.io/federal-register/2022-21658), so ECCN 3A090/4A090 and
 * the licence requirement of 742.6(a)(6) apply from 2022-10-07. The rest took effect on 2022-10-12 or 2022-10-21;
 * "The pending changes include the new foreign direct product rules" (Pillsbury, 2022,
 * https://emsnow.com/pillsbury-law-group-analysis-of-recent-u-s-commerce-china-related-export-controls), so the
 * advanced-computing and supercomputer FDP rules (734.9(h), (i)) and the footnote 4 Entity List FDP rule are dated
 * 2022-10-21. Not confirmed against the rule text: which of the FDP paragraphs is 2022-10-12 rather than
 * 2022-10-21 (the 2022-10-12 instructions are reported to be the U.S.-person controls of 744.6, not modelled).
 */
export const advancedComputing2022 = "2022-10-07";
export const advancedComputingFdp2022 = "2022-10-21";

/** 88 FR 2821 added Macau, effective 2023-01-17 (sources in country-groups.ts). */
export const macauAdded = "2023-01-17";

/**
 * 88 FR 73458 (FR Doc 2023-23055) was released on 2023-10-17 and published on 2023-10-25, but is "Effective
 * November 17, 2023" (federalregister.gov metadata as reproduced at https://federalstatelaw.com/federal-register/2023-23055 ;
 * the companion SME rule 2023-23049 "is effective November 17, 2023", https://www.aeaweb.org/forum/4090/controls-semiconductor-advanced-computing-supercomp-invited ).
 * Until then the 2022 rule (its 4800 TPP + 600 GB/s test and its China/Macau scope) applies.
 */
export const advancedComputing2023 = "2023-11-17";

/**
 * 89 FR 96790 (FR Doc 2024-28270, pages 96790-96830): "This rule is effective December 2, 2024. Compliance dates:
 * Although this rule is effective December 2, 2024, exporters, reexporters, and transferors are [not required to
 * comply ...]" (DATES, https://regulations.justia.com/regulations/fedreg/2024/12/05/2024-28270.html); "industry has
 * until December 31, 2024 to come into compliance with most of the rules' other provisions" beyond red flags,
 * licence exceptions and TGLs (Covington, 2024-12-09, https://publicnow.com/view/E1471AA44EE099160E278FC652BDEB834AE0D385).
 * So 3A090.c (HBM) and the footnote 5 FDP rule exist from 2024-12-02 and bind from 2024-12-31. Not confirmed here:
 * the rule's own list of which amendatory instructions carry the 2024-12-31 compliance date (the DATES text is cut
 * off in the sources read); HBM and footnote 5 are taken to be among them, as the review and Covington say.
 */
export const hbmEffective = "2024-12-02";
export const hbmCompliance = "2024-12-31";

/**
 * Russia: 87 FR 12226, effective 2022-02-24, licence for CCL items in Categories 3-9; Belarus: 87 FR 13048
 * ("Imposition of Sanctions Against Belarus", published 2022-03-08, "Effective 2022-03-02": "render Belarus subject
 * to the same sanctions that were imposed on Russia under the EAR effective February 24, 2022" and "revise the two
 * foreign direct product rules that are specific to Russia and Russian military end users to make them also
 * applicable to Belarus"), https://api.ai-analytics.org/commerce-rule/2022-04819 ; all CCL categories for both
 * from 87 FR 22130, effective 2022-04-08 ("expands license requirements for Russia and Belarus ... to all items on
 * the Commerce Control List"), https://www.govinfo.gov/content/pkg/FR-2022-04-14/html/2022-07937.htm .
 * The Categories 3-9 scope of the February rule is recalled, not confirmed here against 87 FR 12226's text.
 */
export const russiaFrom = "2022-02-24";
export const belarusFrom = "2022-03-02";
export const russiaBelarusAllCategories = "2022-04-08";
