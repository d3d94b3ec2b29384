// A hardware line's exposure from the licence determination of the BOM linked to it: the share of the BOM's
// value on blocked lines and on licence-required lines, with the sentence that says where the number came
// from ("AI camera v2: 3 of 41 lines licence required, 62 % of BOM cost"). Lines needing classification count
// as licence required until classified: never silently clear.
import type { BomSummary } from "../rules/determine";

export type Exposure = { blockedBp: number; licenceBp: number; source: string };

export function exposureFromDetermination(bomName: string, summary: BomSummary, currency = "USD"): Exposure {
  const value = (s: keyof BomSummary["valueByStatus"]) => summary.valueByStatus[s]?.[currency] ?? 0;
  const total =
    value("blocked") + value("licence_required") + value("needs_classification") + value("authorised") + value("nlr");
  const blocked = value("blocked");
  const licence = value("licence_required") + value("needs_classification");
  const lines = summary.byStatus.blocked + summary.byStatus.licence_required + summary.byStatus.needs_classification;
  if (total === 0) {
    return {
      blockedBp: 0,
      licenceBp: 0,
      source: `${bomName}: no priced lines in ${currency}, so no exposure can be derived; enter it as an assumption`,
    };
  }
  const blockedBp = Math.round((blocked / total) * 10_000);
  const licenceBp = Math.round((licence / total) * 10_000);
  const pct = Math.round(((blocked + licence) / total) * 100);
  return {
    blockedBp,
    licenceBp,
    source: `${bomName}: ${lines} of ${summary.lines} lines blocked or licence required, ${pct} % of BOM cost`,
  };
}
