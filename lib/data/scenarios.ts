import "server-only";
// What the scenario page starts from: each product line's last actual period, growth and exposure (from the
// latest determination of a BOM linked to it, else the line's exposure assumption), the horizon after the last
// actual period; and the named, versioned scenarios saved so far.
import { db } from "../db";
import { AppError } from "../errors";
import type { BomSummary } from "../rules/determine";
import { exposureFromDetermination } from "../scenarios/exposure";
import type { Horizon, LineInput } from "../scenarios/model";
import { parseScenarioParams, type ScenarioParams } from "../scenarios/params";
import { appendAudit } from "./audit";

export type ScenarioBase = {
  lines: LineInput[];
  horizon: Horizon;
  currency: string;
  lastPeriod: string | null;
  problems: string[];
};

export async function scenarioBase(periods = 5): Promise<ScenarioBase> {
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
              determinations: { orderBy: { createdAt: "desc" }, take: 1, select: { summary: true } },
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
  for (const l of lines) {
    const f = l.financials[0];
    if (!f) {
      problems.push(`${l.name}: no financials, left out.`);
      continue;
    }
    if (last && f.period !== last)
      problems.push(`${l.name}: its last period is ${f.period}, not ${last}; projected from ${f.period}.`);
    const determined = l.products.flatMap((p) => p.boms).find((b) => b.determinations.length);
    let exposure = {
      blockedBp: l.exposureBp ?? 0,
      licenceBp: 0,
      source:
        l.exposureBp != null
          ? "assumption entered for the product line"
          : "no BOM determination and no assumption: none",
    };
    if (l.segment === "hardware" && determined) {
      const summary = determined.determinations[0]!.summary as BomSummary;
      const currency =
        Object.keys(summary.valueByStatus.nlr ?? {})[0] ?? Object.keys(summary.valueByStatus.blocked ?? {})[0] ?? "USD";
      exposure = exposureFromDetermination(determined.name, summary, currency);
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
  const start = last && /^\d{4}$/.test(last) ? Number(last) + 1 : new Date().getUTCFullYear();
  return {
    lines: out,
    horizon: { periods: Array.from({ length: periods }, (_, i) => String(start + i)), monthsPerPeriod: 12 },
    currency: currencies[0] ?? "USD",
    lastPeriod: last,
    problems,
  };
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

/** Saves a new version of a named scenario (earlier versions are kept, never overwritten) and audits it. */
export async function saveScenario(
  name: string,
  raw: unknown,
  actor: { id: string | null; email: string },
): Promise<{ id: string; version: number }> {
  const parsed = parseScenarioParams(raw);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.problems.join("; "));
  const latest = await db().scenario.findFirst({
    where: { name },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const row = await db().scenario.create({
    data: { name, version: (latest?.version ?? 0) + 1, params: parsed.params, createdById: actor.id },
    select: { id: true, version: true },
  });
  await appendAudit(actor, {
    action: "scenario.saved",
    entityType: "scenario",
    entityId: row.id,
    after: { name, version: row.version, params: parsed.params },
  });
  return row;
}

/** An executive's assumptions for a product line: baseline growth, and exposure when no BOM gives it (audited). */
export async function setLineAssumptions(
  input: { productLineId: string; growthBp: number; exposureBp: number | null },
  actor: { id: string; email: string },
): Promise<void> {
  const before = await db().productLine.findUnique({
    where: { id: input.productLineId },
    select: { name: true, growthBp: true, exposureBp: true },
  });
  if (!before) throw new AppError("NOT_FOUND", "No such product line.");
  await db().productLine.update({
    where: { id: input.productLineId },
    data: { growthBp: input.growthBp, exposureBp: input.exposureBp },
  });
  await appendAudit(actor, {
    action: "product-line.assumptions",
    entityType: "product-line",
    entityId: input.productLineId,
    before,
    after: { name: before.name, growthBp: input.growthBp, exposureBp: input.exposureBp },
  });
}

/** A financial figure entered by hand (a period not yet imported, or a correction): a new row replaces the period's figures. */
export async function enterFinancial(
  input: { productLineId: string; period: string; revenueMinor: bigint; costMinor: bigint },
  actor: { id: string; email: string },
): Promise<void> {
  const line = await db().productLine.findUnique({
    where: { id: input.productLineId },
    select: { name: true, currency: true },
  });
  if (!line) throw new AppError("NOT_FOUND", "No such product line.");
  const before = await db().financial.findFirst({
    where: { productLineId: input.productLineId, period: input.period },
    select: { revenueMinor: true, costMinor: true },
  });
  await db().$transaction([
    db().financial.deleteMany({ where: { productLineId: input.productLineId, period: input.period } }),
    db().financial.create({
      data: {
        productLineId: input.productLineId,
        period: input.period,
        revenueMinor: input.revenueMinor,
        costMinor: input.costMinor,
        currency: line.currency,
        isEstimate: true,
        source: `entered by ${actor.email}`,
      },
    }),
  ]);
  await appendAudit(actor, {
    action: "financial.entered",
    entityType: "product-line",
    entityId: input.productLineId,
    before: before ? { revenueMinor: before.revenueMinor.toString(), costMinor: before.costMinor.toString() } : null,
    after: {
      period: input.period,
      revenueMinor: input.revenueMinor.toString(),
      costMinor: input.costMinor.toString(),
      currency: line.currency,
    },
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
