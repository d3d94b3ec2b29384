// Country Groups (15 CFR part 740, Supplement No. 1) as data, with how far each membership is trusted: "S" stated
// by a source named in data/country-groups.md, "R" recalled from the regulation (verify against eCFR before
// relying on it). Only the groups the rules here use. Codes are ISO 3166 alpha-2; Hong Kong is treated as
// China under the EAR since 2020 (85 FR 45998), so it follows China's groups.

type Member = { code: string; from?: string; until?: string; trust: "S" | "R" };
const m = (codes: string, trust: "S" | "R" = "R"): Member[] => codes.split(" ").map((code) => ({ code, trust }));

export const countryGroups: Record<"D1" | "D4" | "D5" | "A5" | "A6" | "E1" | "E2", Member[]> = {
  D1: [
    ...m("AM AZ BY MM KH CN GE IR IQ KZ KP KG LA LY MO MD MN RU TJ TM UZ VE VN YE HK"),
    { code: "NI", from: "2024-01-01", trust: "R" },
  ],
  D4: m("BH CN EG IR IQ IL JO KP KW LB LY MO OM PK QA RU SA SY AE YE HK"),
  D5: [
    ...m("AF BY MM CF CN CD CU CY ER HT IR IQ KP LB LY NI RU SO SS SD SY VE ZW HK"),
    { code: "KH", from: "2021-12-09", until: "2026-02-03", trust: "S" },
  ],
  A5: m(
    "AR AU AT BE BG CA HR CZ DK EE FI FR DE GR HU IS IN IE IT JP LV LT LU NL NZ NO PL PT RO SK SI KR ES SE CH TR GB US",
  ),
  A6: m("AL BR CL CY IL MT MX SG ZA TW"),
  // comprehensively embargoed (part 746): terrorist-supporting and unilateral embargo destinations
  E1: m("IR KP SY"),
  E2: m("CU"),
};

export type GroupName = keyof typeof countryGroups;

const inForce = (x: Member, asOf: string) => (!x.from || asOf >= x.from) && (!x.until || asOf < x.until);

export function inGroup(country: string, group: GroupName, asOf: string): boolean {
  return countryGroups[group].some((x) => x.code === country && inForce(x, asOf));
}

/**
 * The destination scope of 742.6(a)(6) under the October 2022 rule, dated. 87 FR 62186 (effective 2022-10-07)
 * reached China only (Hong Kong counted as China, see above); Macau is a separate destination under the EAR
 * (64 FR 28907, 1999: http://federal.elaws.us/fr/5/28/1999/99-13352) and was added to 742.6(a)(6) and (b)(10)
 * only by 88 FR 2821 (published 2023-01-18, effective 2023-01-17): "This interim final rule is effective as of
 * January 17, 2023", https://www.tradepractitioner.com/2023/01/bis-amends-ear-to-apply-recent-advanced-computer-and-semiconductor-export-controls-to-macau/
 * and the notice, https://regulations.justia.com/regulations/fedreg/2023/01/18/2023-00888.html (FR pages 2821-2829).
 */
export const advancedComputing2022Scope: Member[] = [
  { code: "CN", trust: "S" },
  { code: "HK", trust: "S" },
  { code: "MO", from: "2023-01-17", trust: "S" },
];

export const inAdvancedComputing2022Scope = (country: string, asOf: string): boolean =>
  advancedComputing2022Scope.some((x) => x.code === country && inForce(x, asOf));

export function groupsOf(country: string, asOf: string): GroupName[] {
  return (Object.keys(countryGroups) as GroupName[]).filter((g) => inGroup(country, g, asOf));
}

/** Destinations whose covered regions are embargoed (part 746.6): Crimea, and the so-called DNR and LNR regions. */
export const embargoedRegions: Record<string, string> = {
  "UA-43": "Crimea",
  "UA-14": "Donetsk (so-called DNR)",
  "UA-09": "Luhansk (so-called LNR)",
};
