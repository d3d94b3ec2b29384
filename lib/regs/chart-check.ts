// The Commerce Country Chart test of 15 CFR 738.4(a)(2): take the ECCN's reasons for control from the CCL
// (Supp. No. 1 to part 774), keep those whose scope reaches the line's paragraph, and look each one's column up in
// the destination's row of the chart (Supp. No. 1 to part 738). An X in any of them: a licence is required
// (738.4(a)(2)(ii)(A)); no X: no licence is required for those reasons (738.4(a)(2)(ii)(B)), while the general
// prohibitions 4 to 10 of part 736 still apply (the other rules check those). Pure: the version is passed in.
import { scopeCovers, splitEccn, type ScopeAnswer } from "./chart-scope";
import type { CclEntry, ChartColumn, ChartRow, RegulationVersion } from "./types";

/**
 * Hong Kong has no row: BIS removed it from the Country Chart on 2020-12-23 ("Removal of Hong Kong as a Separate
 * Destination under the Export Administration Regulations", FR Doc 2020-28101, effective on publication: its
 * licence requirements "will now be governed by the Commerce Country Chart entry for China"), after 85 FR 45998
 * (2020-07-31) had required Hong Kong to be treated as China. Sources: Thompson Hine (2020-12-23),
 * https://www.thompsonhinesmartrade.com/2020/12/commerce-removes-hong-kong-as-a-separate-destination-under-the-ear/ ,
 * and the rule's public-inspection copy, https://docslib.org/doc/4065775/billing-code-3510-33-p-department-of-commerce .
 * The rule's FR page (85 FR 83765) is recalled, not confirmed here, so it is not cited.
 */
export const chartRowFor: Record<string, string> = { HK: "CN" };

/** "NS2" -> "NS Column 2", as the CCL and the chart write it. */
export const columnName = (c: ChartColumn) => `${c.slice(0, 2)} Column ${c.slice(2)}`;

export type ChartReason = { column: ChartColumn; appliesTo: string; scope: ScopeAnswer; x: boolean };

export type ChartAnswer =
  | { kind: "missing-eccn"; base: string }
  | { kind: "missing-destination"; destination: string }
  | { kind: "pointer"; row: ChartRow; entry: CclEntry }
  /** licence: at least one reason that reaches the line has an X; `reasons` are those that reach it (yes or maybe) */
  | { kind: "licence"; row: ChartRow; entry: CclEntry; reasons: ChartReason[] }
  | { kind: "no-x"; row: ChartRow; entry: CclEntry; reasons: ChartReason[] };

export function countryChartAnswer(eccn: string, destination: string, reg: RegulationVersion): ChartAnswer {
  const { base } = splitEccn(eccn);
  const entry = reg.ccl[base];
  if (!entry) return { kind: "missing-eccn", base };
  const row = reg.countryChart.rows[chartRowFor[destination] ?? destination];
  if (!row) return { kind: "missing-destination", destination };
  if (row.pointer) return { kind: "pointer", row, entry };
  const reasons: ChartReason[] = [];
  for (const r of entry.reasons) {
    const scope = scopeCovers(r.appliesTo, eccn);
    if (scope === "no") continue;
    reasons.push({ column: r.column, appliesTo: r.appliesTo, scope, x: row.marks.includes(r.column) });
  }
  return reasons.some((r) => r.x) ? { kind: "licence", row, entry, reasons } : { kind: "no-x", row, entry, reasons };
}
