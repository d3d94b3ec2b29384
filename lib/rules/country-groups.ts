// Country Groups (15 CFR part 740, Supplement No. 1) as data, with how far each membership is trusted: "S" seen in
// the eCFR text of 2026-07-23 (see below), "R" recalled or reported and not confirmed against the regulation. Only the groups the rules here use. Codes are ISO 3166 alpha-2; Hong Kong is treated as
// China under the EAR since 2020 (85 FR 45998), so it follows China's groups.

type Member = { code: string; from?: string; until?: string; trust: "S" | "R" };

/** The UAE's move from D:4 to A:5 (91 FR 43034, reported effective 2026-07-10: not confirmed, see below). */
export const uaeToA5 = "2026-07-10";
const m = (codes: string, trust: "S" | "R" = "R"): Member[] => codes.split(" ").map((code) => ({ code, trust }));

/**
 * Checked against Supplement No. 1 to part 740 in the eCFR of 2026-07-23 (title 15 XML, part 740, from the eCFR
 * versioner API; read in ../shared/reference/sourcing/regs/country-groups-740-supp1-ecfr-2026-07-23.json). Each
 * difference from the earlier list here is dated where a source gives the date and marked where it does not:
 * - Iran is not in D:1 (it is in D:2-D:5 and E:1); Cyprus is not in D:5 (it is in A:3, A:4 and A:6).
 * - D:4 holds Belarus and Venezuela.
 * - A:6 is Albania, Cyprus, Israel, Malta, Mexico, Singapore, South Africa, Taiwan (no Brazil or Chile); A:5 does
 *   not name the United States (no destination group does).
 * - The United Arab Emirates is in A:5 and no longer in D:4 (it was in D:3 and D:4 before): reported as 91 FR 43034
 *   of 2026-07-10 in ../shared/reference/facts/regulation-timeline.md; that FR citation and its date are NOT
 *   confirmed against the Federal Register here, so the date 2026-07-10 is an assumption. The 2026-07-23 text of
 *   3A090.b and 4A090.b names the UAE beside D:1/D:4/D:5 (see namedInAdvancedComputingScope below).
 * What is not confirmed: whether Iran or Cyprus were ever members on earlier dates (they are simply left out, as
 * in 2026), the date Belarus and Venezuela entered D:4, and the date Nicaragua entered D:1 ("R" below).
 */
export const countryGroups: Record<"D1" | "D4" | "D5" | "A5" | "A6" | "E1" | "E2", Member[]> = {
  D1: [
    ...m("AM AZ BY MM KH CN GE IQ KZ KP KG LA LY MO MD MN RU TJ TM UZ VE VN YE HK", "S"),
    { code: "NI", from: "2024-01-01", trust: "R" },
  ],
  D4: [
    ...m("BH BY CN EG IR IQ IL JO KP KW LB LY MO OM PK QA RU SA SY VE YE HK", "S"),
    { code: "AE", until: uaeToA5, trust: "R" },
  ],
  D5: [
    ...m("AF BY MM CF CN CD CU ER HT IR IQ KP LB LY NI RU SO SS SD SY VE ZW HK", "S"),
    { code: "KH", from: "2021-12-09", until: "2026-02-03", trust: "S" },
  ],
  A5: [
    ...m(
      "AR AU AT BE BG CA HR CZ DK EE FI FR DE GR HU IS IN IE IT JP LV LT LU NL NZ NO PL PT RO SK SI KR ES SE CH TR GB",
      "S",
    ),
    { code: "AE", from: uaeToA5, trust: "R" },
  ],
  A6: m("AL CY IL MT MX SG ZA TW", "S"),
  // comprehensively embargoed (part 746): terrorist-supporting and unilateral embargo destinations
  E1: m("IR KP SY", "S"),
  E2: m("CU", "S"),
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

/**
 * From the UAE's move to A:5 the regulation names it in the advanced-computing destination scope itself: the eCFR of
 * 2026-07-23 has "RS applies to 3A090.b => To or within the United Arab Emirates or destinations specified in
 * Country Groups D:1, D:4, and D:5 ..., excluding any destination also specified in Country Groups A:5 or A:6"
 * (the same for 4A090.b and 5A992.z.2), so leaving D:4 does not take it out of 742.6(a)(6)(iii).
 */
export const namedInAdvancedComputingScope = (country: string, asOf: string): boolean =>
  country === "AE" && asOf >= uaeToA5;
