import "server-only";
// Licence determinations: a BOM (stored, or read from a file without importing it) checked for a buyer,
// destination, ship-from country and date. The buyer is screened against the BIS lists in force (with the
// compliance decisions on record for a stored party), the rules run on each line, and the result is stored
// with the list and rule versions it used, and audited.
import { db } from "../db";
import { AppError } from "../errors";
import type { CataloguePart } from "../rules/catalogue";
import { mpnKey, type Declaration } from "../rules/declarations";
import { determineLines, ruleSetFor, summarise, type BomSummary } from "../rules/determine";
import { lineFacts, type RawLine } from "../rules/line-facts";
import type { BuyerListing, CheckContext, LineFacts, LineResult, LicenceOnFile } from "../rules/types";
import { decisionState, type DecisionRecord } from "../screening/decisions";
import type { ScreeningResult } from "../screening/types";
import { reportLine, type DeterminationReport } from "../rules/report";
import { toReport } from "../screening/report";
import { appendAudit, type AuditActor } from "./audit";
import { bulkTransaction, newId } from "./bulk";
import { latestDecisions, pairKey } from "./decisions";
import { screenNames, type ListsInForce } from "./screening";

export async function catalogueParts(): Promise<CataloguePart[]> {
  const rows = await db().part.findMany({
    orderBy: [{ refKey: "asc" }, { id: "asc" }],
    select: {
      id: true,
      manufacturer: true,
      product: true,
      variant: true,
      mpnPattern: true,
      names: true,
      datacenter: true,
      tpp: true,
      dieAreaMm2: true,
      tppBasis: true,
      sources: true,
      eccn: true,
      eccnFromThresholds: true,
    },
  });
  return rows.map((p) => ({
    id: p.id,
    manufacturer: p.manufacturer,
    product: p.product,
    variant: p.variant,
    mpnPattern: p.mpnPattern,
    names: p.names,
    datacenter: p.datacenter,
    tpp: p.tpp,
    dieAreaMm2: p.dieAreaMm2,
    tppBasis: p.tppBasis,
    sources: p.sources,
    eccn: p.eccn ?? p.eccnFromThresholds,
  }));
}

/** The imported declarations for these lines' part numbers, in import order (line-facts.ts picks one per line). */
export async function declarationsFor(lines: readonly { mpn: string | null }[]): Promise<Declaration[]> {
  const keys = [...new Set(lines.map((l) => (l.mpn ? mpnKey(l.mpn) : "")).filter(Boolean))];
  if (!keys.length) return [];
  const rows = await db().partClassification.findMany({
    where: { mpnKey: { in: keys } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      manufacturer: true,
      mpn: true,
      eccn: true,
      hts: true,
      countryOfOrigin: true,
      usContentBp: true,
      source: true,
      asOf: true,
    },
  });
  return rows.map(({ usContentBp, ...r }) => ({ ...r, usContentPct: usContentBp == null ? null : usContentBp / 100 }));
}

export async function storedBomLines(bomId: string): Promise<RawLine[]> {
  const lines = await db().bomLine.findMany({
    where: { bomId },
    orderBy: { lineNo: "asc" },
    select: {
      lineNo: true,
      manufacturer: true,
      mpn: true,
      description: true,
      quantity: true,
      unitPriceE4: true,
      currency: true,
      eccn: true,
      countryOfOrigin: true,
      usContentBp: true,
      dnp: true,
      overrides: { orderBy: { createdAt: "desc" }, take: 1, select: { eccn: true, note: true } },
    },
  });
  return lines.map((l) => ({
    lineNo: l.lineNo,
    manufacturer: l.manufacturer,
    mpn: l.mpn,
    description: l.description,
    quantity: l.quantity,
    unitPriceE4: l.unitPriceE4 == null ? null : Number(l.unitPriceE4),
    currency: l.currency,
    eccn: l.eccn,
    countryOfOrigin: l.countryOfOrigin,
    usContentPct: l.usContentBp == null ? null : l.usContentBp / 100,
    dnp: l.dnp,
    override: l.overrides[0] ?? null,
  }));
}

export type BuyerInput = { partyId?: string | null; name?: string | null; hqCountry?: string | null };

/** The buyer's listings on the BIS and Treasury lists in force, as the rules take them. */
async function screenBuyer(
  buyer: BuyerInput,
  now: Date,
): Promise<{
  name: string;
  hqCountry: string | null;
  partyId: string | null;
  listings: BuyerListing[];
  screening: ScreeningResult;
  lists: ListsInForce;
}> {
  const party = buyer.partyId
    ? await db().party.findUnique({
        where: { id: buyer.partyId },
        select: { id: true, name: true, country: true, address: true },
      })
    : null;
  if (buyer.partyId && !party) throw new AppError("NOT_FOUND", "No such party.");
  const name = party?.name ?? buyer.name?.trim();
  if (!name) throw new AppError("INVALID_INPUT", "Name the buyer: a stored party or a name.");
  const hqCountry = buyer.hqCountry?.trim().toUpperCase() || party?.country || null;
  const { results, lists } = await screenNames({
    queries: [{ name, country: hqCountry, address: party?.address ?? null }],
    sources: ["csl"],
  });
  const screening = results[0]!;
  const decisions = party
    ? await latestDecisions(screening.hits.map((h) => ({ partyId: party.id, entryKey: h.entryKey })))
    : new Map<string, DecisionRecord>();
  const entries = await db().listedEntry.findMany({
    where: { id: { in: screening.hits.map((h) => h.entryId) } },
    select: {
      id: true,
      startDate: true,
      licenseRequirement: true,
      licensePolicy: true,
      footnotes: true,
      federalRegisterNotice: true,
    },
  });
  const byId = new Map(entries.map((e) => [e.id, e]));
  const listings: BuyerListing[] = [];
  for (const h of screening.hits) {
    const standing = party
      ? decisionState(decisions.get(pairKey(party.id, h.entryKey)) ?? null, h.contentHash, now)
      : { state: "open" as const };
    if (standing.state === "decided" && standing.decision.decision === "false-positive") continue;
    const confirmed = standing.state === "decided" && standing.decision.decision === "confirmed-match";
    if (h.band === "related" && !confirmed) continue; // the Entity List binds only the named entity
    const e = byId.get(h.entryId);
    listings.push({
      sourceCode: h.sourceCode,
      listedName: h.listedName,
      strength: confirmed || h.band === "match" ? "match" : "review",
      startDate: e?.startDate ?? null,
      licenseRequirement: e?.licenseRequirement ?? null,
      licensePolicy: e?.licensePolicy ?? null,
      footnotes: e?.footnotes ?? null,
      federalRegisterNotice: e?.federalRegisterNotice ?? null,
    });
  }
  return { name, hqCountry, partyId: party?.id ?? null, listings, screening, lists };
}

async function licencesFor(partyId: string | null): Promise<LicenceOnFile[]> {
  if (!partyId) return [];
  const rows = await db().licenceOnFile.findMany({
    where: { partyId },
    select: { number: true, eccns: true, destination: true, validFrom: true, validTo: true },
  });
  return rows.map((l) => ({
    number: l.number,
    eccns: l.eccns
      .split(",")
      .map((e) => e.trim())
      .filter(Boolean),
    destination: l.destination,
    validFrom: l.validFrom,
    validTo: l.validTo,
    partyMatches: true,
  }));
}

export type CheckRequest = { buyer: BuyerInput; destination: string; shipFrom?: string; asOf: string };
export type CheckedLine = LineResult & { facts: LineFacts & { eccnWhy: string } };
export type CheckResult = {
  buyer: { name: string; hqCountry: string | null; partyId: string | null; screening: ScreeningResult };
  context: Omit<CheckContext, "buyer" | "licences">;
  ruleSet: { id: string; label: string };
  lists: ListsInForce;
  lines: CheckedLine[];
  summary: BomSummary;
};

const country = /^[A-Z]{2}(-[0-9]{2})?$/;

/** Runs the rules over lines (stored or read from a file); DNP lines are not shipped and are left out. */
export async function checkLines(lines: readonly RawLine[], req: CheckRequest): Promise<CheckResult> {
  const destination = req.destination.trim().toUpperCase();
  const shipFrom = (req.shipFrom ?? "US").trim().toUpperCase();
  if (!country.test(destination))
    throw new AppError(
      "INVALID_INPUT",
      `destination "${req.destination}": expected an ISO 3166 alpha-2 code such as CN or DE (or a region such as UA-43)`,
    );
  if (!country.test(shipFrom))
    throw new AppError("INVALID_INPUT", `ship-from "${req.shipFrom}": expected an ISO 3166 alpha-2 code such as US`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(req.asOf) || Number.isNaN(Date.parse(req.asOf)))
    throw new AppError("INVALID_INPUT", `date "${req.asOf}": expected YYYY-MM-DD`);
  const buyer = await screenBuyer(req.buyer, new Date());
  const parts = await catalogueParts();
  const ctx: CheckContext = {
    asOf: req.asOf,
    destination,
    shipFrom,
    buyer: { name: buyer.name, hqCountry: buyer.hqCountry, listings: buyer.listings },
    licences: await licencesFor(buyer.partyId),
  };
  const shipped = lines.filter((l) => !l.dnp);
  const declarations = await declarationsFor(shipped);
  const facts = shipped.map((l) => lineFacts(l, parts, req.asOf, declarations));
  const verdicts = determineLines(facts, ctx);
  const results = facts.map((f, i) => ({ ...verdicts[i]!, lineNo: f.lineNo, facts: f }));
  const ruleSet = ruleSetFor(req.asOf);
  return {
    buyer: { name: buyer.name, hqCountry: buyer.hqCountry, partyId: buyer.partyId, screening: buyer.screening },
    context: { asOf: req.asOf, destination, shipFrom },
    ruleSet: { id: ruleSet.id, label: ruleSet.label },
    lists: buyer.lists,
    lines: results,
    summary: summarise(facts, results),
  };
}

/** Checks a stored BOM and records the determination (with its lines) and an audit entry. */
export async function checkStoredBom(
  bomId: string,
  req: CheckRequest,
  actor: AuditActor,
): Promise<CheckResult & { determinationId: string; bomName: string }> {
  const bom = await db().bom.findUnique({ where: { id: bomId }, select: { id: true, name: true } });
  if (!bom) throw new AppError("NOT_FOUND", "No such BOM.");
  const stored = await db().bomLine.findMany({ where: { bomId }, select: { id: true, lineNo: true } });
  const lineIds = new Map(stored.map((l) => [l.lineNo, l.id]));
  const result = await checkLines(await storedBomLines(bomId), req);
  const determinationId = newId();
  await bulkTransaction(async (w) => {
    await w.insert(
      "licence_determination",
      [
        "id",
        "bomId",
        "buyerId",
        "destination",
        "shipFrom",
        "asOf",
        "listVersionId",
        "ruleSetVersion",
        "outcome",
        "summary",
        "createdById",
        "createdAt",
      ],
      [
        [
          determinationId,
          bomId,
          result.buyer.partyId,
          result.context.destination,
          result.context.shipFrom,
          result.context.asOf,
          result.lists.csl?.id ?? null,
          result.ruleSet.id,
          result.summary.outcome,
          {
            ...result.summary,
            buyer: {
              name: result.buyer.name,
              hqCountry: result.buyer.hqCountry,
              status: result.buyer.screening.status,
            },
          },
          actor.id,
          new Date(),
        ],
      ],
    );
    await w.insert(
      "determination_line",
      ["determinationId", "bomLineId", "status", "eccn", "ruleIds", "citations", "reasons"],
      result.lines.map((l) => [
        determinationId,
        lineIds.get(l.lineNo) ?? 0,
        l.status,
        l.eccn,
        l.ruleId,
        l.citation,
        {
          reason: l.reason,
          findings: l.findings,
          assumptions: l.assumptions,
          eccnWhy: l.facts.eccnWhy,
          eccnSource: l.facts.eccnSource,
          part: l.facts.catalogueMatch?.part ?? null,
        },
      ]),
    );
  });
  await appendAudit(actor, {
    action: "determination.recorded",
    entityType: "bom",
    entityId: bomId,
    after: {
      determinationId,
      buyer: result.buyer.name,
      destination: result.context.destination,
      shipFrom: result.context.shipFrom,
      asOf: result.context.asOf,
      ruleSet: result.ruleSet.id,
      listVersion: result.lists.csl?.id ?? null,
      outcome: result.summary.outcome,
      byStatus: result.summary.byStatus,
    },
  });
  return { ...result, determinationId, bomName: bom.name };
}

export function toDeterminationReport(r: CheckResult): DeterminationReport {
  return {
    buyer: { ...toReport(r.buyer.screening), hqCountry: r.buyer.hqCountry },
    context: r.context,
    ruleSet: r.ruleSet,
    listVersion: r.lists.csl,
    lines: r.lines.map(reportLine),
    summary: r.summary,
  };
}

export type StoredDetermination = {
  id: string;
  bomId: string;
  bomName: string;
  buyerName: string;
  buyerStatus: string;
  hqCountry: string | null;
  destination: string;
  shipFrom: string;
  asOf: string;
  ruleSet: { id: string; label: string };
  listLabel: string | null;
  listPublishedOn: string | null;
  outcome: string;
  summary: BomSummary;
  createdBy: string | null;
  createdAt: Date;
  lines: {
    lineNo: number;
    manufacturer: string | null;
    mpn: string | null;
    description: string | null;
    quantity: number;
    status: LineResult["status"];
    eccn: string | null;
    eccnSource: string | null;
    eccnWhy: string;
    ruleId: string;
    citation: string;
    reason: string;
    assumptions: string[];
  }[];
};

export async function getDetermination(id: string): Promise<StoredDetermination | null> {
  const d = await db().licenceDetermination.findUnique({
    where: { id },
    select: {
      id: true,
      bomId: true,
      destination: true,
      shipFrom: true,
      asOf: true,
      listVersionId: true,
      ruleSetVersion: true,
      outcome: true,
      summary: true,
      createdById: true,
      createdAt: true,
      bom: { select: { name: true } },
      lines: {
        orderBy: { id: "asc" },
        select: { bomLineId: true, status: true, eccn: true, ruleIds: true, citations: true, reasons: true },
      },
    },
  });
  if (!d) return null;
  const [bomLines, list, user] = await Promise.all([
    db().bomLine.findMany({
      where: { id: { in: d.lines.map((l) => l.bomLineId) } },
      select: { id: true, lineNo: true, manufacturer: true, mpn: true, description: true, quantity: true },
    }),
    d.listVersionId
      ? db().listVersion.findUnique({ where: { id: d.listVersionId }, select: { label: true, publishedOn: true } })
      : null,
    d.createdById ? db().user.findUnique({ where: { id: d.createdById }, select: { email: true } }) : null,
  ]);
  const byId = new Map(bomLines.map((l) => [l.id, l]));
  const summary = d.summary as BomSummary & { buyer: { name: string; hqCountry: string | null; status: string } };
  const ruleSet = ruleSetFor(d.ruleSetVersion);
  return {
    id: d.id,
    bomId: d.bomId,
    bomName: d.bom.name,
    buyerName: summary.buyer.name,
    buyerStatus: summary.buyer.status,
    hqCountry: summary.buyer.hqCountry,
    destination: d.destination,
    shipFrom: d.shipFrom,
    asOf: d.asOf,
    ruleSet: { id: ruleSet.id, label: ruleSet.label },
    listLabel: list?.label ?? null,
    listPublishedOn: list?.publishedOn ?? null,
    outcome: d.outcome,
    summary,
    createdBy: user?.email ?? null,
    createdAt: d.createdAt,
    lines: d.lines.map((l) => {
      const b = byId.get(l.bomLineId);
      const why = l.reasons as { reason: string; assumptions: string[]; eccnWhy: string; eccnSource?: string | null };
      return {
        lineNo: b?.lineNo ?? 0,
        manufacturer: b?.manufacturer ?? null,
        mpn: b?.mpn ?? null,
        description: b?.description ?? null,
        quantity: b?.quantity ?? 0,
        status: l.status as LineResult["status"],
        eccn: l.eccn,
        eccnSource: why.eccnSource ?? null,
        eccnWhy: why.eccnWhy,
        ruleId: l.ruleIds,
        citation: l.citations,
        reason: why.reason,
        assumptions: why.assumptions,
      };
    }),
  };
}

export async function determinationsForBom(
  bomId: string,
): Promise<{ id: string; buyer: string; destination: string; asOf: string; outcome: string; createdAt: Date }[]> {
  const rows = await db().licenceDetermination.findMany({
    where: { bomId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, destination: true, asOf: true, outcome: true, createdAt: true, summary: true },
  });
  return rows.map((r) => ({
    id: r.id,
    buyer: (r.summary as { buyer?: { name: string } }).buyer?.name ?? "",
    destination: r.destination,
    asOf: r.asOf,
    outcome: r.outcome,
    createdAt: r.createdAt,
  }));
}
