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

/**
 * A line's exposure from every check in force for it (the latest determination of each BOM linked to the line),
 * weighted by BOM value: the checks' values by status are added up before the shares are taken, so a costly BOM
 * counts for more than a cheap one (unit volumes are not recorded per BOM, so value is the weight).
 */
export function exposureFromDeterminations(
  checks: readonly { bomName: string; summary: BomSummary }[],
  currency = "USD",
): Exposure | null {
  if (checks.length === 0) return null;
  if (checks.length === 1) return exposureFromDetermination(checks[0]!.bomName, checks[0]!.summary, currency);
  const merged: BomSummary = {
    lines: 0,
    byStatus: { blocked: 0, licence_required: 0, authorised: 0, needs_classification: 0, nlr: 0 },
    valueByStatus: { blocked: {}, licence_required: {}, authorised: {}, needs_classification: {}, nlr: {} },
    outcome: "nlr",
  };
  for (const { summary } of checks) {
    merged.lines += summary.lines;
    for (const s of Object.keys(merged.byStatus) as (keyof BomSummary["byStatus"])[]) {
      merged.byStatus[s] += summary.byStatus[s] ?? 0;
      const v = summary.valueByStatus[s]?.[currency] ?? 0;
      merged.valueByStatus[s][currency] = (merged.valueByStatus[s][currency] ?? 0) + v;
    }
  }
  const e = exposureFromDetermination(`${checks.length} BOMs`, merged, currency);
  return {
    ...e,
    source: `${e.source.replace(/^\d+ BOMs: /, `${checks.map((c) => c.bomName).join(", ")}: `)} (weighted by BOM value)`,
  };
}
