import "server-only";
// Read models for the area pages (parties, BOMs, imports, list versions, financials, listed entries): plain,
// app-shaped rows; their types are in area-row-types.ts, for components.
import { importOutcomeShown } from "../imports/outcome-shown";
import { db } from "../db";
import { listVersionFields } from "./list-versions";
import type {
  PartyRow,
  BomRow,
  BomLineRow,
  ImportJobRow,
  ListVersionRow,
  FinancialRow,
  ListedEntryRow,
} from "./area-row-types";

export async function listParties(): Promise<PartyRow[]> {
  return db().party.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, country: true, isDemo: true },
  });
}

export async function listBoms(): Promise<BomRow[]> {
  const rows = await db().bom.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      format: true,
      isDemo: true,
      sourceNote: true,
      product: { select: { name: true } },
      _count: { select: { lines: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    format: r.format,
    isDemo: r.isDemo,
    sourceNote: r.sourceNote,
    product: r.product?.name ?? null,
    lines: r._count.lines,
  }));
}

export async function getBom(
  id: string,
): Promise<{ id: string; name: string; sourceNote: string | null; isDemo: boolean; lines: BomLineRow[] } | null> {
  const bom = await db().bom.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      sourceNote: true,
      isDemo: true,
      lines: {
        orderBy: { lineNo: "asc" },
        select: {
          id: true,
          lineNo: true,
          references: true,
          manufacturer: true,
          mpn: true,
          description: true,
          quantity: true,
          eccn: true,
          dnp: true,
          overrides: { orderBy: { createdAt: "desc" }, take: 1, select: { eccn: true } },
        },
      },
    },
  });
  if (!bom) return null;
  return {
    ...bom,
    lines: bom.lines.map(({ overrides, ...l }) => ({ ...l, classifiedAs: overrides[0]?.eccn ?? null })),
  };
}

export async function listImportJobs(): Promise<ImportJobRow[]> {
  const rows = await db().importJob.findMany({
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      kind: true,
      format: true,
      fileName: true,
      fileSha256: true,
      status: true,
      createdByEmail: true,
      rowsRead: true,
      rowsImported: true,
      rowsSkipped: true,
      rowsInvalid: true,
      errorCount: true,
      durationMs: true,
      createdAt: true,
      resultType: true,
      resultId: true,
    },
  });
  const versionIds = rows.filter((r) => r.resultType === "list-version" && r.resultId).map((r) => r.resultId!);
  const versions = versionIds.length
    ? await db().listVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, status: true } })
    : [];
  const versionStatus = new Map(versions.map((v) => [v.id, v.status]));
  return rows.map(({ createdByEmail, ...r }) => ({
    ...r,
    status: importOutcomeShown(r.status, r.resultId ? versionStatus.get(r.resultId) : undefined),
    who: createdByEmail ?? "seed",
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function listListVersions(): Promise<ListVersionRow[]> {
  const rows = await db().listVersion.findMany({
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { ...listVersionFields, diffSummary: true },
  });
  return rows.map(({ diffSummary, ...r }) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    diff: (diffSummary as ListVersionRow["diff"]) ?? null,
  }));
}

export async function listFinancials(): Promise<FinancialRow[]> {
  const rows = await db().financial.findMany({
    orderBy: [{ period: "asc" }],
    select: {
      period: true,
      revenueMinor: true,
      costMinor: true,
      currency: true,
      isEstimate: true,
      productLine: { select: { name: true, segment: true } },
    },
  });
  return rows.map((r) => ({
    productLine: r.productLine.name,
    segment: r.productLine.segment,
    period: r.period,
    revenueMinor: r.revenueMinor.toString(),
    costMinor: r.costMinor.toString(),
    currency: r.currency,
    isEstimate: r.isEstimate,
  }));
}

export async function listEntries(listVersionId: string, sourceCode?: string): Promise<ListedEntryRow[]> {
  const rows = await db().listedEntry.findMany({
    where: { listVersionId, ...(sourceCode ? { sourceCode } : {}) },
    orderBy: { name: "asc" },
    select: {
      id: true,
      sourceCode: true,
      name: true,
      startDate: true,
      licensePolicy: true,
      addressRows: { select: { country: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    sourceCode: r.sourceCode,
    name: r.name,
    startDate: r.startDate,
    licensePolicy: r.licensePolicy,
    countries: [...new Set(r.addressRows.map((a) => a.country).filter(Boolean))].join(", "),
  }));
}
