// The regulation's tables as one dated version: the Commerce Country Chart (Supp. No. 1 to part 738), each ECCN's
// reasons for control from the Commerce Control List (Supp. No. 1 to part 774), the licence exceptions of part 740
// and the Country Groups of Supp. No. 1 to part 740. A version is what the eCFR said on one date: the product ships
// a baseline the team compiled from the regulation text (data/regs/), and `npx chokepoint regs update` loads newer
// ones from the eCFR versioner API. The rules (lib/rules) read a version; they never fetch or parse one.

/** The sixteen columns of the Commerce Country Chart, in the chart's own order (738.3, Supp. No. 1 to part 738). */
export const chartColumns = [
  "CB1",
  "CB2",
  "CB3",
  "NP1",
  "NP2",
  "NS1",
  "NS2",
  "MT1",
  "RS1",
  "RS2",
  "FC1",
  "CC1",
  "CC2",
  "CC3",
  "AT1",
  "AT2",
] as const;
export type ChartColumn = (typeof chartColumns)[number];

/** One destination's row of the Country Chart. */
export type ChartRow = {
  /** ISO 3166-1 alpha-2, as the rest of the product keys countries */
  country: string;
  /** the row's name as the chart prints it */
  name: string;
  /** columns with an X: a licence is required for that reason for control (738.4(a)(2)) */
  marks: ChartColumn[];
  /** the chart's footnote numbers on the row, as printed */
  footnotes: string[];
  /** a row without marks that sends the reader elsewhere (embargoed destinations: "part 746") */
  pointer: string | null;
};

export type CountryChart = { rows: Record<string, ChartRow> };

/** One "Reason for Control" line of an ECCN's License Requirements table. */
export type ControlReason = {
  column: ChartColumn;
  /** what the line covers, in the CCL's words: "entire entry", "3A001.a.1", ... */
  appliesTo: string;
};

/** What the CCL says about one ECCN (the entry heading, its reasons, and the list-based exceptions). */
export type CclEntry = {
  eccn: string;
  heading: string;
  reasons: ControlReason[];
  /** licence requirements not on the chart (e.g. "RS applies to 3A090 ... see 742.6(a)(6)"), as text */
  otherRequirements: string[];
  /** LVS value limit as printed ("$3000", "N/A"); null when the entry does not say */
  lvs: string | null;
  /** GBS as printed ("Yes", "N/A", "Yes, except ..."); null when the entry does not say */
  gbs: string | null;
  /** other list-based exceptions the entry names (ENC, NAC/ACA, ...) with their text */
  otherExceptions: { symbol: string; text: string }[];
};

/** A licence exception of part 740, by symbol. */
export type LicenceExceptionSection = { symbols: string[]; section: string; title: string };

export type RegulationVersion = {
  /** the eCFR date the tables are from (YYYY-MM-DD); a check as of D uses the latest version on or before D */
  id: string;
  /** where it came from: the team's compiled baseline, or the eCFR versioner API (with its URL) */
  origin: { kind: "baseline"; citation: string } | { kind: "ecfr"; url: string; retrievedAt: string };
  countryChart: CountryChart;
  /** keyed by ECCN without paragraph ("3A001") */
  ccl: Record<string, CclEntry>;
  licenceExceptions: LicenceExceptionSection[];
  /** Country Group codes ("D:5") to ISO alpha-2 members, as Supp. No. 1 to part 740 prints them */
  countryGroups: Record<string, string[]>;
};
