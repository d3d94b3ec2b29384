// The Commerce Country Chart rule (15 CFR 738.4(a)(2)) for an ordinary ECCN: its reasons for control from the
// CCL (Supp. No. 1 to part 774), the destination's row of the chart (Supp. No. 1 to part 738), and the entry's
// licence requirements that are not chart columns (Macau/D:5, worldwide, EI, SL). The regulation read is the
// version in force on the check's date (ctx.regulation, from lib/data) or the shipped baseline. Fail closed: an
// ECCN or destination the version does not hold is "licence assumed until checked", a scope the line's facts
// cannot settle is taken to apply (and said so), and an embargoed row defers to the embargo rule.
import { baselineRegulation } from "../regs/baseline";
import { columnName, countryChartAnswer, type ChartReason } from "../regs/chart-check";
import {
  parseOtherRequirement,
  requirementReach,
  requirementScope,
  statesARequirement,
} from "../regs/other-requirements";
import { splitEccn } from "../regs/chart-scope";
import type { RegulationVersion } from "../regs/types";
import { antiTerrorismOnly } from "./crime-control";
import { inGroup } from "./country-groups";
import type { CheckContext, Finding, LineFacts } from "./types";

/** Where each reason for control's licence review policy is stated (paragraph (b) of each section of part 742). */
const policySection: Record<string, string> = {
  CB: "742.2(b)",
  NP: "742.3(b)",
  NS: "742.4(b)",
  MT: "742.5(b)",
  RS: "742.6(b)",
  FC: "742.17(b)",
  CC: "742.7(b)",
  AT: "742.8-742.10, 742.19 (per destination)",
};

const versionName = (reg: RegulationVersion) =>
  reg.origin.kind === "baseline" ? `the shipped baseline of ${reg.id}` : `the eCFR of ${reg.id}`;

const failClosed = (eccn: string, what: string, reg: RegulationVersion): Finding => ({
  ruleId: "ccl-chart",
  citation: "15 CFR 738.4, Supp. No. 1 to part 738 (Commerce Country Chart)",
  effect: "licence",
  policy: "case_by_case",
  reason: `ECCN ${eccn}: ${what} is not in the loaded tables (${versionName(reg)}): run \`npx chokepoint regs update\`; licence assumed until checked`,
});

const assumed = (r: ChartReason, eccn: string) =>
  r.scope === "maybe"
    ? ` (its scope "${r.appliesTo}" is taken to reach ${eccn}: ${splitEccn(eccn).para.length ? "its condition is not among the line's facts" : "the line gives no paragraph"})`
    : "";

export function countryChartFinding(line: LineFacts, ctx: CheckContext): Finding | null {
  const eccn = line.eccn!;
  const reg = ctx.regulation ?? baselineRegulation;
  const a = countryChartAnswer(eccn, ctx.destination, reg);
  if (a.kind === "missing-eccn")
    // an anti-terrorism-only entry (lib/rules/crime-control.ts) has an X only on rows that point to part 746,
    // which the embargo rule answers: it is cleared as before when the version lacks it
    return antiTerrorismOnly(eccn) ? null : failClosed(eccn, `entry ${a.base}`, reg);
  if (a.kind === "missing-destination") return failClosed(eccn, `destination ${a.destination}`, reg);
  const embargoed = inGroup(ctx.destination, "E1", ctx.asOf) || inGroup(ctx.destination, "E2", ctx.asOf);
  if (a.kind === "pointer")
    return embargoed
      ? null
      : {
          ruleId: "ccl-chart",
          citation: "15 CFR 738.4(a)(2), Supp. No. 1 to part 738 (Commerce Country Chart)",
          effect: "licence",
          policy: "see_section",
          reason: `the Country Chart row for ${a.row.name} has no columns but says "${a.row.pointer}": licence assumed until that section is checked`,
        };
  const base = a.entry.eccn;
  // the entry's requirements outside the chart's columns
  const others: string[] = [];
  const otherCitations: string[] = [];
  const classify: string[] = [];
  for (const text of a.entry.otherRequirements) {
    const req = parseOtherRequirement(text);
    if (!req) {
      if (statesARequirement(text)) classify.push(`"${text}" (not read)`);
      continue;
    }
    const scope = requirementScope(req, eccn);
    if (scope === "no") continue;
    const reach = requirementReach(req, ctx.destination, (c) => inGroup(c, "D5", ctx.asOf), ctx.shipFrom);
    const words = `${req.reason} applies to ${req.appliesTo}: ${req.where} (15 CFR ${req.citation})${scope === "maybe" ? `, taken to reach ${eccn}` : ""}`;
    if (reach === "licence") {
      others.push(words);
      otherCitations.push(req.citation);
    } else if (reach === "unread") classify.push(words);
    else if (reach === "un" && (inGroup(ctx.destination, "D5", ctx.asOf) || embargoed))
      classify.push(`${words}: check ${ctx.destination} against the UN arms embargoes of 746.1(b)`);
  }
  const xs = a.kind === "licence" ? a.reasons.filter((r) => r.x) : [];
  if (xs.length || others.length) {
    const first = xs[0];
    const chart = xs.map((r) => `${columnName(r.column)}: ${a.row.name} has an X${assumed(r, eccn)}`);
    const policies = [...new Set(xs.map((r) => policySection[r.column.slice(0, 2)]))].join(", ");
    return {
      ruleId: "ccl-chart",
      citation: first
        ? `15 CFR 738.4(a)(2); Supp. No. 1 to part 738, ${columnName(first.column)}; ECCN ${base} (Supp. No. 1 to part 774)`
        : `15 CFR ${otherCitations[0]}; ECCN ${base} (Supp. No. 1 to part 774)`,
      effect: "licence",
      policy: "see_section",
      reason: `ECCN ${eccn} to ${ctx.destination}: ${[...chart, ...others].join("; ")}${policies ? `; review policy per 15 CFR ${policies}` : ""} (${versionName(reg)})`,
    };
  }
  if (classify.length)
    return {
      ruleId: "ccl-chart",
      citation: `15 CFR 738.4(a)(2); ECCN ${base} (Supp. No. 1 to part 774)`,
      effect: "classify",
      reason: `ECCN ${eccn} to ${ctx.destination}: no X on the Country Chart, but ${classify.join("; ")}`,
    };
  const columns =
    a.reasons.map((r) => columnName(r.column)).join(", ") || "no reason for control reaching this paragraph";
  return {
    ruleId: "ccl-chart",
    citation: "15 CFR 738.4(a)(2)(ii)(B); Supp. No. 1 to part 738",
    effect: "flag",
    reason: `ECCN ${eccn} to ${ctx.destination}: ${a.row.name} has no X for ${columns}: no licence required on the Country Chart (${versionName(reg)}); the general prohibitions 4 to 10 (part 736) still apply, and the other rules check those`,
  };
}
