// One RegulationVersion from the versioner's XML of parts 738, 740 and 774 on one date. The eCFR's Versioner
// Service serves "source XML for a CFR title or subset" as it stood on a date at
//   https://www.ecfr.gov/api/versioner/v1/full/{YYYY-MM-DD}/title-15.xml?part={738|740|774}
// (eCFR API documentation, https://www.ecfr.gov/developers/documentation/api/versioner/v1, endpoint
// /api/versioner/v1/full/{date}/title-{title}.xml with the part as a query parameter; linked from
// https://www.ecfr.gov/reader-aids/ecfr-developer-resources). The team's 2026-07-23 extracts in
// ../shared/reference/sourcing/regs record the same URLs. Pure: the XML is passed in, nothing is fetched.
import { parseCountryChart } from "./ecfr-738";
import { parseCountryGroups, parseLicenceExceptions } from "./ecfr-740";
import { parseCcl } from "./ecfr-774";
import type { ParseIssue } from "./ecfr-parts";
import type { RegulationVersion } from "./types";
import { EcfrParseError, parseXml } from "./ecfr-xml";

export const ecfrParts = ["738", "740", "774"] as const;
export type EcfrPart = (typeof ecfrParts)[number];

export const DEFAULT_ECFR_BASE = "https://www.ecfr.gov";

export function ecfrPartUrl(base: string, date: string, part: EcfrPart): string {
  return `${base.replace(/\/+$/, "")}/api/versioner/v1/full/${date}/title-15.xml?part=${part}`;
}

export type VersionParse = { version: RegulationVersion; issues: ParseIssue[] };

/** Parses the three parts; a parse error names its part and element (EcfrParseError). */
export function regulationFromEcfr(
  xml: Record<EcfrPart, string>,
  meta: { date: string; url: string; retrievedAt: string },
): VersionParse {
  const doc = (part: EcfrPart) => {
    try {
      return parseXml(xml[part], `part ${part}`);
    } catch (e) {
      if (e instanceof EcfrParseError) throw e;
      throw new EcfrParseError(`part ${part}: ${(e as Error).message}`, "#document");
    }
  };
  const d738 = doc("738");
  const d740 = doc("740");
  const d774 = doc("774");
  const chart = parseCountryChart(d738);
  const groups = parseCountryGroups(d740);
  const licenceExceptions = parseLicenceExceptions(d740);
  const ccl = parseCcl(d774);
  const issues = [...chart.issues, ...groups.issues, ...ccl.issues];
  if (licenceExceptions.length === 0)
    issues.push({ part: "740", message: "part 740 has no licence exception sections" });
  return {
    version: {
      id: meta.date,
      origin: { kind: "ecfr", url: meta.url, retrievedAt: meta.retrievedAt },
      countryChart: chart.chart,
      ccl: ccl.ccl,
      licenceExceptions,
      countryGroups: groups.groups,
    },
    issues,
  };
}
