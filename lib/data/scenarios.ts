import "server-only";
// What the scenario page starts from: each product line's last actual period, growth and exposure (from the
// latest determination of a BOM linked to it, else the line's exposure assumption), the horizon after the last
// actual period; and the named, versioned scenarios saved so far.
import { db } from "../db";
import type { BomSummary } from "../rules/determine";
import { horizonFrom } from "../scenarios/dates";
import { exposureFromDeterminations } from "../scenarios/exposure";
import { defaultApproval, type PolicyLine } from "../scenarios/licence-policy";
import type { ReviewPolicy } from "../rules/types";
import type { Horizon, LineInput } from "../scenarios/model";
import { parseScenarioParams, type ScenarioParams } from "../scenarios/params";

export type ScenarioBase = {
  lines: LineInput[];
  horizon: Horizon;
  currency: string;
  lastPeriod: string | null;
  problems: string[];
  /** the licence-approval probability the exposed lines' review policies suggest, with where it came from */
  approvalDefault: { approval: number; source: string } | null;
};

export async function scenarioBase(today: Date = new Date()): Promise<ScenarioBase> {
  const lines = await db().productLine.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      segment: true,
      currency: true,
      growthBp: true,
      exposureBp: true,
      financials: {
        orderBy: { period: "desc" },
        take: 1,
        select: { period: true, revenueMinor: true, costMinor: true },
      },
      products: {
        select: {
          boms: {
            select: {
              id: true,
              name: true,
              determinations: {
                orderBy: { createdAt: "desc" },
                take: 1,
                select: { id: true, summary: true },
              },
            },
          },
        },
      },
    },
  });
  const problems: string[] = [];
  const currencies = [...new Set(lines.filter((l) => l.financials.length).map((l) => l.currency))];
  if (currencies.length > 1) {
    // never add amounts in different currencies: refuse until the lines share one (no exchange rates are kept)
    return {
      lines: [],
      horizon: { periods: [], monthsPerPeriod: 12 },
      currency: currencies[0]!,
      lastPeriod: null,
      approvalDefault: null,
      problems: [
        `Product lines are in several currencies (${currencies.join(", ")}) and no exchange rate is set: scenarios cannot add them up. Import the financials in one currency.`,
      ],
    };
  }
  const last =
    lines
      .flatMap((l) => l.financials.map((f) => f.period))
      .sort()
      .pop() ?? null;
  const out: LineInput[] = [];
  const policyLines: PolicyLine[] = [];
  for (const l of lines) {
    const f = l.financials[0];
    if (!f) {
      problems.push(`${l.name}: no financials, left out.`);
      continue;
    }
    if (last && f.period !== last)
      problems.push(`${l.name}: its last period is ${f.period}, not ${last}; projected from ${f.period}.`);
    // every check in force for the line: the latest check of each linked BOM
    const checks = l.products
      .flatMap((p) => p.boms)
      .flatMap((b) =>
        b.determinations[0] ? [{ bomName: b.name, summary: b.determinations[0].summary as BomSummary }] : [],
      );
    let exposure = {
      blockedBp: l.exposureBp ?? 0,
      licenceBp: 0,
      source:
        l.exposureBp != null
          ? "assumption entered for the product line"
          : "no BOM determination and no assumption: none",
    };
    if (l.segment === "hardware" && checks.length) {
      const first = checks[0]!.summary;
      const currency =
        Object.keys(first.valueByStatus.nlr ?? {})[0] ?? Object.keys(first.valueByStatus.blocked ?? {})[0] ?? "USD";
      exposure = exposureFromDeterminations(checks, currency) ?? exposure;
      const ids = l.products
        .flatMap((p) => p.boms)
        .flatMap((b) => (b.determinations[0] ? [b.determinations[0].id] : []));
      const byPolicy = await exposedLinesByPolicy(ids);
      policyLines.push(...byPolicy);
      // a line "blocked" under a presumption of denial or case-by-case review can still be licensed: that share of
      // the blocked value counts as licence required, so the approval lever and licence conditions act on it
      const blockedValue = byPolicy.filter((x) => x.status === "blocked").reduce((a, x) => a + x.valueMinor, 0);
      const licensable = byPolicy
        .filter((x) => x.status === "blocked" && !x.policies.includes("policy_of_denial"))
        .reduce((a, x) => a + x.valueMinor, 0);
      if (blockedValue > 0 && licensable > 0) {
        const moved = Math.round((exposure.blockedBp * licensable) / blockedValue);
        exposure = {
          ...exposure,
          blockedBp: exposure.blockedBp - moved,
          licenceBp: exposure.licenceBp + moved,
          source: `${exposure.source}; blocked lines under a presumption of denial or case-by-case review count as licence required`,
        };
      }
    }
    out.push({
      id: l.id,
      name: l.name,
      segment: l.segment as LineInput["segment"],
      revenueMinor: Number(f.revenueMinor),
      costMinor: Number(f.costMinor),
      growthBp: l.growthBp,
      blockedBp: exposure.blockedBp,
      licenceBp: exposure.licenceBp,
      exposureSource: exposure.source,
    });
  }
  return {
    lines: out,
    horizon: horizonFrom(last, today),
    currency: currencies[0] ?? "USD",
    lastPeriod: last,
    problems,
    approvalDefault: defaultApproval(policyLines),
  };
}

/** The blocked and licence-required lines of these determinations: value (quantity x unit price) and review policies. */
async function exposedLinesByPolicy(determinationIds: string[]): Promise<(PolicyLine & { status: string })[]> {
  if (determinationIds.length === 0) return [];
  const lines = await db().determinationLine.findMany({
    where: { determinationId: { in: determinationIds }, status: { in: ["blocked", "licence_required"] } },
    select: { bomLineId: true, status: true, reasons: true },
  });
  const prices = new Map(
    (
      await db().bomLine.findMany({
        where: { id: { in: lines.map((l) => l.bomLineId) } },
        select: { id: true, quantity: true, unitPriceE4: true },
      })
    ).map((b) => [b.id, b.unitPriceE4 == null ? 0 : (Number(b.unitPriceE4) / 100) * b.quantity]),
  );
  return lines.map((l) => {
    const findings = ((l.reasons as { findings?: { policy?: ReviewPolicy | null }[] } | null)?.findings ?? []).map(
      (f) => f.policy,
    );
    return { status: l.status, valueMinor: prices.get(l.bomLineId) ?? 0, policies: findings };
  });
}

export type SavedScenario = { id: string; name: string; version: number; params: ScenarioParams; createdAt: Date };

export async function listScenarios(): Promise<SavedScenario[]> {
  const rows = await db().scenario.findMany({
    orderBy: [{ name: "asc" }, { version: "desc" }],
    select: { id: true, name: true, version: true, params: true, createdAt: true },
  });
  return rows.flatMap((r) => {
    const p = parseScenarioParams(r.params);
    return p.ok ? [{ id: r.id, name: r.name, version: r.version, params: p.params, createdAt: r.createdAt }] : [];
  });
}

export async function productLineChoices(): Promise<
  { id: string; name: string; segment: string; currency: string; growthBp: number; exposureBp: number | null }[]
> {
  return db().productLine.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, segment: true, currency: true, growthBp: true, exposureBp: true },
  });
}
