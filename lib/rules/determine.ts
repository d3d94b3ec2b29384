// One BOM line's determination: is it subject to the EAR; which rules require a licence and under what review
// policy; does a licence on file authorise it; and, when nothing requires a licence, is the line classified
// well enough to say "no licence required". The line's status comes from the strictest finding, and the
// result names the rule and citation that decided it, with every other finding and assumption alongside.
import { denial } from "./policy";
import { rules, ruleIds } from "./rules";
import { subjectToEar } from "./subject-to-ear";
import { baselineRegulation } from "../regs/baseline";
import { licenceExceptionsFor, type ExceptionHint } from "../regs/exceptions";
import { inGroup } from "./country-groups";
import type { CheckContext, Finding, LineFacts, LineResult, LineStatus } from "./types";

/** Rule-set versions by effective date: the rules as of a date answer "what did this BOM need on day D?". */
export const ruleSetVersions = [
  {
    id: "2019-10-09",
    label: "Entity List rules as of October 2019 (84 FR 54002), and earlier dates; no advanced-computing rules",
  },
  { id: "2022-02-24", label: "Russia rules (87 FR 12226)" },
  { id: "2022-03-02", label: "Belarus rules (87 FR 13048)" },
  { id: "2022-10-07", label: "First advanced-computing rule (87 FR 62186)" },
  { id: "2022-10-21", label: "First advanced-computing rule: its foreign direct product rules (87 FR 62186)" },
  { id: "2023-01-17", label: "Advanced-computing rule extended to Macau (88 FR 2821)" },
  {
    id: "2023-11-17",
    label: "Advanced-computing rule: TPP/PD tests, D:1/D:4/D:5 and Macau, headquarters test (88 FR 73458)",
  },
  // licence exceptions (lib/regs/exceptions.ts, where their sources are): listed as "may apply", never a status
  { id: "2024-04-04", label: "Licence exception 740.8 split into NAC (notified) and ACA (89 FR 23876)" },
  { id: "2024-12-02", label: "December 2024 rule (89 FR 96790): 3A090.c HBM, FDP additions" },
  { id: "2024-12-31", label: "December 2024 rule (89 FR 96790): compliance date for HBM and footnote 5" },
  // the affiliates rule's versions (lib/rules/affiliates.ts, where their sources are)
  // the AI-diffusion text, flagged only (lib/rules/ai-diffusion.ts)
  { id: "2025-01-13", label: "AI-diffusion rule text in force (90 FR 4544): flagged, not applied" },
  { id: "2025-05-13", label: "BIS announces the AI-diffusion rule will not be enforced (flag only)" },
  { id: "2025-09-02", label: "Syria: case-by-case review and licence exception SPP for EAR99 items (90 FR 42315)" },
  { id: "2025-09-29", label: "Affiliates rule in force (90 FR 47201)" },
  { id: "2025-11-10", label: "Affiliates rule suspended (90 FR 50857, to 2026-11-09)" },
  {
    id: "2026-01-15",
    label: "Case-by-case review for H200-class chips to China and Macau from the US (91 FR 1684): flagged",
  },
  { id: "2026-11-10", label: "Affiliates rule in force again at the end of its suspension (no extension found)" },
] as const;

export function ruleSetFor(asOf: string): (typeof ruleSetVersions)[number] {
  return [...ruleSetVersions].reverse().find((v) => v.id <= asOf) ?? ruleSetVersions[0];
}

const licenceCovers = (l: CheckContext["licences"][number], line: LineFacts, ctx: CheckContext) =>
  l.partyMatches &&
  l.validFrom <= ctx.asOf &&
  (!l.validTo || ctx.asOf <= l.validTo) &&
  (!l.destination || l.destination === ctx.destination) &&
  (l.eccns.includes("*") || (!!line.eccn && l.eccns.includes(line.eccn)));

const statusRank: Record<LineStatus, number> = {
  blocked: 4,
  licence_required: 3,
  needs_classification: 2,
  authorised: 1,
  nlr: 0,
};

const d5OrMacau = (country: string | null | undefined, asOf: string) =>
  !!country && (country === "MO" || inGroup(country, "D5", asOf));

/** The licence exceptions that may apply to a line needing a licence (lib/regs/exceptions.ts); never its status. */
function exceptionHints(line: LineFacts, ctx: CheckContext, findings: Finding[]): ExceptionHint[] {
  return licenceExceptionsFor(
    {
      eccn: line.eccn,
      asOf: ctx.asOf,
      destination: ctx.destination,
      licenceRules: findings.filter((f) => f.effect === "licence").map((f) => f.ruleId),
      unverified: findings.some((f) => f.ruleId === "unverified-list"),
      destinationD5OrMacau: d5OrMacau(ctx.destination, ctx.asOf),
      headquartersD5OrMacau:
        d5OrMacau(ctx.buyer.hqCountry, ctx.asOf) || d5OrMacau(ctx.buyer.ownership?.ultimateParent?.country, ctx.asOf),
      embargoed: inGroup(ctx.destination, "E1", ctx.asOf) || inGroup(ctx.destination, "E2", ctx.asOf),
    },
    ctx.regulation ?? baselineRegulation,
  );
}

export function determineLine(line: LineFacts, ctx: CheckContext): LineResult {
  const rulesChecked = ["subject-to-ear", ...ruleIds];
  const subject = subjectToEar(line, ctx);
  const base = {
    lineNo: line.lineNo,
    eccn: line.eccn,
    assumptions: subject.assumptions,
    rulesChecked,
    licence: null,
    policy: null,
    subjectTo: { citation: subject.citation, reason: subject.reason },
  };
  if (!subject.subject) {
    return {
      ...base,
      status: "nlr",
      ruleId: "subject-to-ear",
      citation: subject.citation,
      reason: `not subject to the EAR: ${subject.reason}`,
      findings: [
        { ruleId: "subject-to-ear", citation: subject.citation, effect: "not-subject", reason: subject.reason },
      ],
    };
  }
  // a foreign direct product rule that brought the item under the EAR is shown beside the rules' findings
  const findings: Finding[] = subject.citation.startsWith("15 CFR 734.9")
    ? [{ ruleId: "subject-to-ear", citation: subject.citation, effect: "flag", reason: subject.reason }]
    : [];
  for (const id of ruleIds) {
    const f = rules[id](line, ctx);
    if (f) findings.push(f);
  }
  const licences = findings.filter((f) => f.effect === "licence");
  if (licences.length) {
    // the strictest requirement decides: a denial policy over case-by-case over approval
    const decisive = licences.find((f) => denial(f.policy)) ?? licences[0]!;
    const held = ctx.licences.find((l) => licenceCovers(l, line, ctx));
    if (held && !licences.some((f) => f.policy === "policy_of_denial")) {
      return {
        ...base,
        status: "authorised",
        ruleId: decisive.ruleId,
        citation: decisive.citation,
        reason: `licence ${held.number} on file covers it until ${held.validTo ?? "further notice"}; required because ${decisive.reason}`,
        findings,
        licence: held.number,
        policy: decisive.policy ?? null,
      };
    }
    const exceptions = exceptionHints(line, ctx, findings);
    return {
      ...base,
      ...(exceptions.length ? { exceptions } : {}),
      status: denial(decisive.policy) ? "blocked" : "licence_required",
      ruleId: decisive.ruleId,
      citation: decisive.citation,
      reason: decisive.reason,
      findings,
      policy: decisive.policy ?? null,
    };
  }
  const classify = findings.find((f) => f.effect === "classify");
  if (classify)
    return {
      ...base,
      status: "needs_classification",
      ruleId: classify.ruleId,
      citation: classify.citation,
      reason: classify.reason,
      findings,
    };
  if (!line.eccn) {
    return {
      ...base,
      status: "needs_classification",
      ruleId: "classification",
      citation: "15 CFR 734.3, part 774 (Commerce Control List)",
      reason: "no ECCN: from the BOM, the catalogue or an override; it cannot be cleared until classified",
      findings,
    };
  }
  const chart = findings.find((f) => f.ruleId === "ccl-chart" && f.effect === "flag");
  return {
    ...base,
    status: "nlr",
    ruleId: "nlr",
    citation: "15 CFR 732.3",
    // the Country Chart's own answer (738.4(a)(2)(ii)(B)) and its caveat, where it gave one
    reason: `${line.eccn}: no licence required under the rules checked (${rulesChecked.join(", ")})${chart ? `; ${chart.reason}` : ""}`,
    findings,
  };
}

export type BomSummary = {
  lines: number;
  byStatus: Record<LineStatus, number>;
  /** value of the lines by status, minor units, per currency */
  valueByStatus: Record<LineStatus, Record<string, number>>;
  outcome: LineStatus;
};

export function summarise(lines: readonly LineFacts[], results: readonly Verdict[]): BomSummary {
  const byStatus = { blocked: 0, licence_required: 0, authorised: 0, needs_classification: 0, nlr: 0 } as Record<
    LineStatus,
    number
  >;
  const valueByStatus = {
    blocked: {},
    licence_required: {},
    authorised: {},
    needs_classification: {},
    nlr: {},
  } as Record<LineStatus, Record<string, number>>;
  let outcome: LineStatus = "nlr";
  for (let i = 0; i < results.length; i++) {
    const status = results[i]!.status;
    byStatus[status]++;
    const line = lines[i]!;
    if (line.valueMinor != null) {
      const values = valueByStatus[status];
      const cur = line.currency ?? "USD";
      values[cur] = (values[cur] ?? 0) + line.valueMinor;
    }
    if (statusRank[status] > statusRank[outcome]) outcome = status;
  }
  return { lines: results.length, byStatus, valueByStatus, outcome };
}

/** A line's verdict without its line number: shared by every line that agrees on the facts the rules read. */
export type Verdict = Omit<LineResult, "lineNo">;

/**
 * Every line of a BOM, verdicts in line order. The rules read only a line's ECCN, origin, US content and whether it
 * is a direct product of US technology (and the check's context), so lines that agree on those get the same
 * verdict: it is worked out once per distinct combination and shared (not copied), which keeps a million-line BOM
 * close to the cost of a lookup per line.
 */
export function determineLines(lines: readonly LineFacts[], ctx: CheckContext): Verdict[] {
  // nested maps on the facts: no key strings to build per line
  type ByTech = Map<string | null, Verdict>;
  const memo = new Map<string | null, Map<string | null, Map<number | null, ByTech>>>();
  const out = new Array<Verdict>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let byOrigin = memo.get(line.eccn);
    if (!byOrigin) memo.set(line.eccn, (byOrigin = new Map<string | null, Map<number | null, ByTech>>()));
    let byContent = byOrigin.get(line.countryOfOrigin);
    if (!byContent) byOrigin.set(line.countryOfOrigin, (byContent = new Map<number | null, ByTech>()));
    let byTech = byContent.get(line.usContentPct);
    if (!byTech) byContent.set(line.usContentPct, (byTech = new Map<string | null, Verdict>()));
    const tech = line.usTechProduct ?? null;
    let known = byTech.get(tech);
    if (!known) {
      const { lineNo: _first, ...verdict } = determineLine(line, ctx);
      byTech.set(tech, (known = verdict));
    }
    out[i] = known;
  }
  return out;
}
