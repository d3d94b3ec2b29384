import "server-only";
// The risk overview's figures, one loader per panel, each honouring the URL's filters. The arithmetic is in
// lib/overview (pure); this module only reads. Every figure is computed the way its drill-down table lists it,
// so a card's number and the table it links to always agree.
import { db } from "../db";
import { dateBounds, noFilters, type OverviewFilters } from "../overview/filters";
import {
  currentDeterminations,
  flaggedStatuses,
  partLabel,
  rollUpExposure,
  type DeterminationRow,
  type ExposureRollup,
  type FlaggedLine,
  type FlaggedStatus,
} from "../overview/exposure";
import { rollUpParties, type PartyRollup } from "../overview/parties";
import {
  decisionEvent,
  determinationEvent,
  listEvent,
  mergeTimeline,
  type ListDiffCounts,
  type RecordedCheck,
  type RecordedDecision,
  type TimelineEvent,
} from "../overview/timeline";
import type { DigestFacts } from "../overview/digest";
import { decisionLabels, type DecisionKind } from "../screening/decisions";
import { project, totals } from "../scenarios/model";
import { monteCarlo, rangesAround } from "../scenarios/uncertainty";
import { defaultParams, encodeParams, type ScenarioParams } from "../scenarios/params";
import { currentListVersion, type ListVersionSummary } from "./list-versions";
import { hitsWithDecisions } from "./decisions";
import type { DecidedHitRow } from "./screening-hit-types";
import { statusChangesOfLastRun } from "./screening-runs";
import { inChunks } from "./in-chunks";
import { emailsByUserId } from "./users";
import { listScenarios, scenarioBase } from "./scenarios";

// ---------------------------------------------------------------------------------------------------------
// The list in force and what its last update touched

export type ListPanel = {
  list: ListVersionSummary & { diff: ListDiffCounts | null; previousLabel: string | null };
  /** parties whose screening status changed with this version, and the BOMs and revenue behind them */
  touched: {
    parties: { partyId: string; partyName: string; before: string; after: string }[];
    boms: { id: string; name: string }[];
    revenueMinor: number;
    currency: string | null;
    period: string | null;
  } | null;
};

export async function loadListPanel(): Promise<ListPanel | null> {
  const list = await currentListVersion("csl");
  if (!list) return null;
  const v = await db().listVersion.findUnique({
    where: { id: list.id },
    select: { diffSummary: true, previousVersionId: true },
  });
  const previous = v?.previousVersionId
    ? await db().listVersion.findUnique({ where: { id: v.previousVersionId }, select: { label: true } })
    : null;
  const changed = await statusChangesOfLastRun();
  // only the change this version caused: a later re-screen against the same version would compare like with like
  const touched = changed && changed.to.listVersionId === list.id ? await touchedBy(changed.changes) : null;
  return {
    list: { ...list, diff: (v?.diffSummary as ListDiffCounts | null) ?? null, previousLabel: previous?.label ?? null },
    touched,
  };
}

async function touchedBy(
  parties: { partyId: string; partyName: string; before: string; after: string }[],
): Promise<NonNullable<ListPanel["touched"]>> {
  const ids = parties.map((p) => p.partyId);
  const found = await inChunks(
    ids,
    (chunk) =>
      db().bom.findMany({
        where: { OR: [{ customerId: { in: chunk } }, { determinations: { some: { buyerId: { in: chunk } } } }] },
        select: {
          id: true,
          name: true,
          product: {
            select: {
              productLine: {
                select: {
                  id: true,
                  currency: true,
                  financials: { orderBy: { period: "desc" }, take: 1, select: { period: true, revenueMinor: true } },
                },
              },
            },
          },
        },
      }),
    400,
  ); // two filters on the same ids per query
  const boms = [...new Map(found.map((b) => [b.id, b])).values()].sort((a, b) => a.name.localeCompare(b.name));
  // a product line sold through two touched BOMs counts once; amounts in another currency are not added
  const lines = new Map(
    boms.flatMap((b) => (b.product?.productLine ? [[b.product.productLine.id, b.product.productLine] as const] : [])),
  );
  const currency = [...lines.values()][0]?.currency ?? null;
  let revenue = 0n;
  let period = null as string | null;
  for (const l of lines.values()) {
    const f = l.financials[0];
    if (!f || l.currency !== currency) continue;
    revenue += f.revenueMinor;
    period = period && period > f.period ? period : f.period;
  }
  return {
    parties,
    boms: boms.map((b) => ({ id: b.id, name: b.name })),
    revenueMinor: Number(revenue),
    currency,
    period,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Parties

export type PartiesPanel = {
  partyCount: number;
  screened: number;
  runAt: Date | null;
  rollup: PartyRollup;
  hits: DecidedHitRow[];
};

export async function loadPartiesPanel(f: OverviewFilters): Promise<PartiesPanel> {
  const [partyCount, run] = await Promise.all([
    db().party.count(),
    db().screeningRun.findFirst({
      where: { status: "succeeded" },
      orderBy: { createdAt: "desc" },
      select: { id: true, processed: true, finishedAt: true },
    }),
  ]);
  if (!run) return { partyCount, screened: 0, runAt: null, rollup: rollUpParties([]), hits: [] };
  const hits = (await hitsWithDecisions(run.id, new Date())).filter(
    (h) => (!f.destination || h.partyCountry === f.destination) && (!f.customer || h.partyId === f.customer),
  );
  return { partyCount, screened: run.processed, runAt: run.finishedAt, rollup: rollUpParties(hits), hits };
}

// ---------------------------------------------------------------------------------------------------------
// BOMs: the current determinations and their flagged lines

export type ExposureLine = FlaggedLine & {
  bomId: string;
  bomName: string;
  customer: string;
  destination: string;
  productLine: string;
  checkedAt: Date;
  lineNo: number;
  manufacturer: string | null;
  mpn: string | null;
  description: string | null;
  quantity: number;
};
export type ExposureData = { determinations: DeterminationRow[]; lines: ExposureLine[]; rollup: ExposureRollup };

export async function loadExposure(f: OverviewFilters): Promise<ExposureData> {
  const rows = await db().licenceDetermination.findMany({
    where: {
      ...(f.destination ? { destination: f.destination } : {}),
      ...(f.customer ? { buyerId: f.customer } : {}),
      ...(f.productLine ? { bom: { product: { productLineId: f.productLine } } } : {}),
      ...(f.from || f.to ? { createdAt: dateBounds(f) } : {}),
    },
    select: {
      id: true,
      bomId: true,
      buyerId: true,
      destination: true,
      createdAt: true,
      asOf: true,
      outcome: true,
      summary: true,
      ruleSetVersion: true,
      buyer: { select: { name: true } },
      bom: { select: { name: true, product: { select: { productLine: { select: { id: true, name: true } } } } } },
    },
  });
  const determinations = currentDeterminations(
    rows.map((r): DeterminationRow => ({
      id: r.id,
      bomId: r.bomId,
      bomName: r.bom.name,
      buyerId: r.buyerId,
      destination: r.destination,
      createdAt: r.createdAt,
      asOf: r.asOf,
      outcome: r.outcome,
      ruleSet: r.ruleSetVersion,
      buyerName: r.buyer?.name ?? (r.summary as { buyer?: { name?: string } }).buyer?.name ?? "(unnamed buyer)",
      productLineId: r.bom.product?.productLine?.id ?? null,
      productLine: r.bom.product?.productLine?.name ?? null,
    })),
  );
  const flagged = await inChunks(
    determinations.map((d) => d.id),
    (ids) =>
      db().determinationLine.findMany({
        where: { determinationId: { in: ids }, status: { in: [...flaggedStatuses] } },
        orderBy: { id: "asc" },
        select: { determinationId: true, bomLineId: true, status: true, eccn: true, ruleIds: true, reasons: true },
      }),
  );
  const bomLines = await inChunks([...new Set(flagged.map((l) => l.bomLineId))], (ids) =>
    db().bomLine.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        lineNo: true,
        manufacturer: true,
        mpn: true,
        description: true,
        quantity: true,
        unitPriceE4: true,
        currency: true,
      },
    }),
  );
  const lineById = new Map(bomLines.map((l) => [l.id, l]));
  const detById = new Map(determinations.map((d) => [d.id, d]));
  const lines = flagged.map((l): ExposureLine => {
    const b = lineById.get(l.bomLineId);
    const d = detById.get(l.determinationId)!;
    const valueMinor = b?.unitPriceE4 == null ? null : Math.round((Number(b.unitPriceE4) * b.quantity) / 100);
    return {
      determinationId: l.determinationId,
      bomLineId: l.bomLineId,
      status: l.status as FlaggedStatus,
      eccn: l.eccn,
      ruleId: l.ruleIds,
      valueMinor,
      currency: b?.currency ?? null,
      part: partLabel((l.reasons as { part?: string | null }).part, {
        manufacturer: b?.manufacturer ?? null,
        mpn: b?.mpn ?? null,
        description: b?.description ?? null,
      }),
      bomId: d.bomId,
      bomName: d.bomName,
      customer: d.buyerName,
      destination: d.destination,
      productLine: d.productLine ?? "(no product line)",
      checkedAt: d.createdAt,
      lineNo: b?.lineNo ?? 0,
      manufacturer: b?.manufacturer ?? null,
      mpn: b?.mpn ?? null,
      description: b?.description ?? null,
      quantity: b?.quantity ?? 0,
    };
  });
  return { determinations, lines, rollup: rollUpExposure(determinations, lines) };
}

// ---------------------------------------------------------------------------------------------------------
// Revenue at risk: the latest saved scenario (or the defaults) over the next periods

export type RevenuePanel = {
  scenario: { name: string; version: number } | null;
  href: string;
  currency: string;
  periods: { period: string; baseline: number; scenario: number; p10: number; p90: number }[];
  problems: string[];
};

const HEADLINE_PATHS = 2_000;

export async function loadRevenuePanel(f: OverviewFilters): Promise<RevenuePanel | null> {
  const [base, saved] = await Promise.all([scenarioBase(), listScenarios()]);
  const latest = saved.reduce<(typeof saved)[number] | null>((a, s) => (!a || s.createdAt > a.createdAt ? s : a), null);
  const params: ScenarioParams = latest?.params ?? defaultParams;
  const lines = f.productLine ? base.lines.filter((l) => l.id === f.productLine) : base.lines;
  if (!lines.length)
    return base.problems.length
      ? { scenario: null, href: "/scenarios", currency: base.currency, periods: [], problems: base.problems }
      : null;
  const t = totals(project(lines, params.levers, base.horizon));
  // the band around the scenario as set, as on the Scenarios page
  const bands = monteCarlo(lines, params.levers, rangesAround(params.levers, params.ranges), base.horizon, {
    paths: HEADLINE_PATHS,
    seed: params.seed,
  }).revenue;
  return {
    scenario: latest ? { name: latest.name, version: latest.version } : null,
    href: `/scenarios?s=${encodeURIComponent(encodeParams(params))}`,
    currency: base.currency,
    periods: base.horizon.periods.map((period, i) => ({
      period,
      baseline: t.baselineRevenue[i]!,
      scenario: t.scenarioRevenue[i]!,
      p10: bands.p10[i]!,
      p90: bands.p90[i]!,
    })),
    problems: base.problems,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Timeline and weekly digest: list versions, the company's decisions and BOM checks

const TIMELINE_LIMIT = 40;

async function decisionsIn(f: OverviewFilters, limit: number): Promise<RecordedDecision[]> {
  const rows = await db().complianceDecision.findMany({
    where: {
      ...(f.from || f.to ? { decidedAt: dateBounds(f) } : {}),
      ...(f.customer ? { partyId: f.customer } : {}),
      ...(f.destination ? { party: { country: f.destination } } : {}),
    },
    orderBy: { decidedAt: "desc" },
    take: limit,
    select: {
      partyId: true,
      entryKey: true,
      decision: true,
      note: true,
      decidedById: true,
      decidedAt: true,
      party: { select: { name: true } },
    },
  });
  const [matches, email] = await Promise.all([
    // rows are at most `limit` long (a few hundred): one query, within the bound-parameter limit
    rows.length
      ? db().screeningMatch.findMany({
          where: {
            partyId: { in: [...new Set(rows.map((d) => d.partyId))] },
            entryKey: { in: [...new Set(rows.map((d) => d.entryKey))] },
          },
          orderBy: { createdAt: "desc" },
          select: { id: true, partyId: true, entryKey: true, entry: { select: { name: true } } },
        })
      : [],
    emailsByUserId(rows.map((d) => d.decidedById)),
  ]);
  // the newest hit of the same party and entry is where the decision is read and revisited
  const matchOf = new Map<string, { id: string; name: string }>();
  for (const m of matches)
    if (!matchOf.has(`${m.partyId}|${m.entryKey}`))
      matchOf.set(`${m.partyId}|${m.entryKey}`, { id: m.id, name: m.entry.name });
  return rows.map((d) => {
    const m = matchOf.get(`${d.partyId}|${d.entryKey}`);
    return {
      at: d.decidedAt,
      partyName: d.party.name,
      listedName: m?.name ?? d.entryKey,
      decision: decisionLabels[d.decision as DecisionKind] ?? d.decision,
      by: email.get(d.decidedById) ?? "unknown user",
      note: d.note,
      matchId: m?.id ?? null,
    };
  });
}

async function checksIn(f: OverviewFilters, limit: number): Promise<RecordedCheck[]> {
  const rows = await db().licenceDetermination.findMany({
    where: {
      ...(f.from || f.to ? { createdAt: dateBounds(f) } : {}),
      ...(f.destination ? { destination: f.destination } : {}),
      ...(f.customer ? { buyerId: f.customer } : {}),
      ...(f.productLine ? { bom: { product: { productLineId: f.productLine } } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      bomId: true,
      destination: true,
      outcome: true,
      createdAt: true,
      createdById: true,
      summary: true,
      bom: { select: { name: true } },
    },
  });
  const email = await emailsByUserId(rows.map((r) => r.createdById));
  return rows.map((r) => ({
    id: r.id,
    at: r.createdAt,
    bomId: r.bomId,
    bomName: r.bom.name,
    destination: r.destination,
    outcome: r.outcome,
    buyerName: (r.summary as { buyer?: { name?: string } }).buyer?.name ?? "(unnamed buyer)",
    by: r.createdById ? (email.get(r.createdById) ?? null) : null,
  }));
}

async function listVersionsIn(f: OverviewFilters, limit: number) {
  const rows = await db().listVersion.findMany({
    where: { listKind: "csl", ...(f.from || f.to ? { createdAt: dateBounds(f) } : {}) },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, label: true, status: true, createdAt: true, diffSummary: true, quarantineReason: true },
  });
  return rows.map((v) => ({ ...v, diff: (v.diffSummary as ListDiffCounts | null) ?? null }));
}

export async function loadTimeline(f: OverviewFilters, limit = TIMELINE_LIMIT): Promise<TimelineEvent[]> {
  const [versions, decisions, checks] = await Promise.all([
    listVersionsIn(f, limit),
    decisionsIn(f, limit),
    checksIn(f, limit),
  ]);
  return mergeTimeline([versions.map(listEvent), decisions.map(decisionEvent), checks.map(determinationEvent)], limit);
}

const DIGEST_DAYS = 7;
const DIGEST_LIMIT = 200;

/** What changed in the seven days up to `now`, and where things stand, for the weekly digest. */
export async function loadDigestFacts(
  now: Date,
  baseUrl: string,
  // the standing figures come from the two roll-ups; the web page hands in its kept copies (lib/data/memo-until-change)
  standing: { exposure?: typeof loadExposure; parties?: typeof loadPartiesPanel } = {},
): Promise<DigestFacts> {
  const since = new Date(now.getTime() - DIGEST_DAYS * 86_400_000);
  const window: OverviewFilters = {
    ...noFilters,
    from: since.toISOString().slice(0, 10),
    to: now.toISOString().slice(0, 10),
  };
  const [versions, decisions, checks, changed, parties, bom] = await Promise.all([
    listVersionsIn(window, DIGEST_LIMIT),
    decisionsIn(window, DIGEST_LIMIT),
    checksIn(window, DIGEST_LIMIT),
    statusChangesOfLastRun(),
    (standing.parties ?? loadPartiesPanel)(noFilters),
    (standing.exposure ?? loadExposure)(noFilters),
  ]);
  const recentChange = changed && (changed.to.finishedAt ?? changed.to.createdAt) >= since;
  return {
    since,
    until: now,
    listVersions: versions.map((v) => ({ label: v.label, status: v.status, at: v.createdAt, diff: v.diff })),
    statusChanges: recentChange
      ? changed.changes.map((c) => ({ partyName: c.partyName, before: c.before, after: c.after }))
      : [],
    decisions: decisions.map((d) => ({
      at: d.at,
      partyName: d.partyName,
      listedName: d.listedName,
      decision: d.decision,
      by: d.by,
    })),
    determinations: checks.map((c) => ({
      at: c.at,
      bomName: c.bomName,
      buyerName: c.buyerName,
      destination: c.destination,
      outcome: c.outcome,
    })),
    standing: {
      openHits: parties.rollup.openHits,
      confirmedMatches: parties.rollup.confirmedMatches,
      expiringSoon: parties.rollup.expiringSoon,
      linesBlocked: bom.rollup.linesBlocked,
      linesLicence: bom.rollup.linesLicence,
    },
    baseUrl,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Filter choices: only what occurs, so a select never lists 10,000 parties

export type FilterChoices = {
  destinations: string[];
  customers: { id: string; name: string }[];
  productLines: { id: string; name: string }[];
};

export async function loadFilterChoices(): Promise<FilterChoices> {
  const [dests, buyers, productLines, countries] = await Promise.all([
    db().licenceDetermination.findMany({ distinct: ["destination"], select: { destination: true } }),
    db().licenceDetermination.findMany({
      where: { buyerId: { not: null } },
      distinct: ["buyerId"],
      select: { buyer: { select: { id: true, name: true } } },
    }),
    db().productLine.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().party.findMany({ where: { country: { not: null } }, distinct: ["country"], select: { country: true } }),
  ]);
  return {
    destinations: [...new Set([...dests.map((d) => d.destination), ...countries.map((c) => c.country!)])].sort(),
    customers: buyers.flatMap((b) => (b.buyer ? [b.buyer] : [])).sort((a, b) => a.name.localeCompare(b.name)),
    productLines,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The small JSON summary served at /api/v1/overview

export type OverviewCounts = {
  list: ListVersionSummary | null;
  listedParties: number;
  entityListEntries: number;
  parties: number;
  partiesScreened: number;
  openHits: number;
  boms: number;
  bomLines: number;
  productLines: number;
};

export async function overviewCounts(): Promise<OverviewCounts> {
  const client = db();
  const [list, parties, boms, bomLines, productLines] = await Promise.all([
    currentListVersion("csl"),
    loadPartiesPanel(noFilters),
    client.bom.count(),
    client.bomLine.count(),
    client.productLine.count(),
  ]);
  return {
    list,
    listedParties: list?.entryCount ?? 0,
    entityListEntries: list?.sourceCounts.EL ?? 0,
    parties: parties.partyCount,
    partiesScreened: parties.screened,
    openHits: parties.rollup.openHits,
    boms,
    bomLines,
    productLines,
  };
}
