import "server-only";
// Licence determinations in the database: the facts a check reads (catalogue, declarations, a BOM's lines, a
// party's licences, the listed entries' terms), the stored determinations, and the write that records one.
// The check itself is lib/operations/check-bom-lines.ts.
import { db } from "../db";
import type { ListedTerms } from "../rules/buyer-listings";
import type { CataloguePart } from "../rules/catalogue";
import { mpnKey, type Declaration } from "../rules/declarations";
import type { ListingOnDate } from "../rules/listing-dates";
import { ruleSetFor, type BomSummary } from "../rules/determine";
import type { RawLine } from "../rules/line-facts";
import type { LicenceOnFile, LineResult } from "../rules/types";
import type { StoredDetermination } from "./determination-types";
import type { ExceptionHint } from "../regs/exceptions";

export type { BuyerInput, CheckRequest, CheckResult, CheckedLine, StoredDetermination } from "./determination-types";

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

/** The licences on file for a stored party (none for a buyer named ad hoc). */
export async function licencesOnFile(partyId: string | null): Promise<LicenceOnFile[]> {
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

/** A party as the buyer screen reads it. */
export async function partyForScreening(partyId: string) {
  return db().party.findUnique({
    where: { id: partyId },
    select: { id: true, name: true, country: true, address: true },
  });
}

/** What the list says about each of these listed entries, by entry id. */
export async function listedTermsOf(entryIds: readonly string[]): Promise<Map<string, ListedTerms>> {
  const entries = await db().listedEntry.findMany({
    where: { id: { in: [...entryIds] } },
    select: {
      id: true,
      startDate: true,
      licenseRequirement: true,
      licensePolicy: true,
      footnotes: true,
      federalRegisterNotice: true,
    },
  });
  return new Map(entries.map(({ id, ...terms }) => [id, terms]));
}

/** A stored BOM's name and the database id of each line, by line number. */
export async function bomLineIds(bomId: string): Promise<{ name: string; lineIds: Map<number, number> } | null> {
  const bom = await db().bom.findUnique({ where: { id: bomId }, select: { name: true } });
  if (!bom) return null;
  const stored = await db().bomLine.findMany({ where: { bomId }, select: { id: true, lineNo: true } });
  return { name: bom.name, lineIds: new Map(stored.map((l) => [l.lineNo, l.id])) };
}

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
  const summary = d.summary as BomSummary & {
    buyer: { name: string; hqCountry: string | null; status: string; listings?: ListingOnDate[] };
  };
  const ruleSet = ruleSetFor(d.ruleSetVersion);
  return {
    id: d.id,
    bomId: d.bomId,
    bomName: d.bom.name,
    buyerName: summary.buyer.name,
    buyerStatus: summary.buyer.status,
    buyerListings: summary.buyer.listings ?? [],
    hqCountry: summary.buyer.hqCountry,
    destination: d.destination,
    shipFrom: d.shipFrom,
    asOf: d.asOf,
    ruleSet: { id: ruleSet.id, label: ruleSet.label },
    regulationVersion: (d.summary as { regulationVersion?: string | null }).regulationVersion ?? null,
    listLabel: list?.label ?? null,
    listPublishedOn: list?.publishedOn ?? null,
    outcome: d.outcome,
    summary,
    createdBy: user?.email ?? null,
    createdAt: d.createdAt,
    lines: d.lines.map((l) => {
      const b = byId.get(l.bomLineId);
      const why = l.reasons as {
        reason: string;
        assumptions: string[];
        eccnWhy: string;
        eccnSource?: string | null;
        /** stored from 2026-12 on; earlier determinations have none */
        exceptions?: ExceptionHint[];
      };
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
        exceptions: why.exceptions ?? [],
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
