import "server-only";
// What compliance officers and admins maintain for the licence engine: the parts catalogue, classification
// overrides on BOM lines, and licences on file. Every change is audited with its before and after.
import { db } from "../db";
import { AppError } from "../errors";
import { appendAudit } from "./audit";

type Actor = { id: string; email: string };

export type PartRow = {
  id: string;
  manufacturer: string;
  product: string;
  variant: string | null;
  mpnPattern: string | null;
  datacenter: boolean;
  tpp: number | null;
  dieAreaMm2: number | null;
  eccn: string | null;
  eccnFromThresholds: string | null;
  sources: string | null;
  isSeed: boolean;
};

export async function listPartRows(): Promise<PartRow[]> {
  return db().part.findMany({
    orderBy: [{ manufacturer: "asc" }, { product: "asc" }],
    select: {
      id: true,
      manufacturer: true,
      product: true,
      variant: true,
      mpnPattern: true,
      datacenter: true,
      tpp: true,
      dieAreaMm2: true,
      eccn: true,
      eccnFromThresholds: true,
      sources: true,
      isSeed: true,
    },
  });
}

export type PartInput = {
  id?: string;
  manufacturer: string;
  product: string;
  variant: string | null;
  mpnPattern: string | null;
  datacenter: boolean;
  tpp: number | null;
  dieAreaMm2: number | null;
  eccn: string | null;
  sources: string | null;
};

export async function savePart(input: PartInput, actor: Actor): Promise<string> {
  if (input.mpnPattern) {
    try {
      new RegExp(input.mpnPattern, "i");
    } catch {
      throw new AppError("INVALID_INPUT", `MPN pattern "${input.mpnPattern}" is not a valid regular expression.`);
    }
  }
  const data = {
    manufacturer: input.manufacturer,
    product: input.product,
    variant: input.variant,
    mpnPattern: input.mpnPattern,
    datacenter: input.datacenter,
    tpp: input.tpp,
    dieAreaMm2: input.dieAreaMm2,
    performanceDensity:
      input.tpp != null && input.dieAreaMm2 ? Math.round((input.tpp / input.dieAreaMm2) * 100) / 100 : null,
    eccn: input.eccn,
    sources: input.sources,
  };
  const before = input.id ? await db().part.findUnique({ where: { id: input.id } }) : null;
  if (input.id && !before) throw new AppError("NOT_FOUND", "No such part.");
  // an edited reference row becomes the admin's: a later reference load leaves it alone (reference-data.ts)
  const saved = input.id
    ? await db().part.update({ where: { id: input.id }, data: { ...data, isSeed: false }, select: { id: true } })
    : await db().part.create({ data, select: { id: true } });
  await appendAudit(actor, {
    action: input.id ? "part.updated" : "part.created",
    entityType: "part",
    entityId: saved.id,
    before: before ? { ...before, createdAt: undefined, updatedAt: undefined } : null,
    after: data,
  });
  return saved.id;
}

export async function overrideClassification(
  input: { bomLineId: number; eccn: string; note: string },
  actor: Actor,
): Promise<void> {
  const line = await db().bomLine.findUnique({
    where: { id: input.bomLineId },
    select: {
      id: true,
      bomId: true,
      lineNo: true,
      eccn: true,
      overrides: { orderBy: { createdAt: "desc" }, take: 1, select: { eccn: true, note: true } },
    },
  });
  if (!line) throw new AppError("NOT_FOUND", "No such BOM line.");
  await db().classificationOverride.create({
    data: { bomLineId: line.id, eccn: input.eccn, note: input.note, createdById: actor.id },
  });
  await appendAudit(actor, {
    action: "classification.overridden",
    entityType: "bom",
    entityId: line.bomId,
    before: { lineNo: line.lineNo, bomEccn: line.eccn, override: line.overrides[0] ?? null },
    after: { lineNo: line.lineNo, eccn: input.eccn, note: input.note },
  });
}

export type LicenceRow = {
  id: string;
  number: string;
  holder: string | null;
  destination: string | null;
  eccns: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
};

export async function listLicences(): Promise<LicenceRow[]> {
  const rows = await db().licenceOnFile.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      number: true,
      destination: true,
      eccns: true,
      validFrom: true,
      validTo: true,
      note: true,
      party: { select: { name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    holder: r.party?.name ?? null,
    destination: r.destination,
    eccns: r.eccns,
    validFrom: r.validFrom,
    validTo: r.validTo,
    note: r.note,
  }));
}

export async function addLicence(
  input: {
    number: string;
    partyId: string;
    destination: string | null;
    eccns: string;
    validFrom: string;
    validTo: string | null;
    note: string | null;
  },
  actor: Actor,
): Promise<string> {
  if (input.validTo && input.validTo < input.validFrom)
    throw new AppError("INVALID_INPUT", "The licence expires before it starts.");
  const party = await db().party.findUnique({ where: { id: input.partyId }, select: { id: true } });
  if (!party) throw new AppError("NOT_FOUND", "No such party.");
  const row = await db().licenceOnFile.create({ data: { ...input, createdById: actor.id }, select: { id: true } });
  await appendAudit(actor, { action: "licence.added", entityType: "licence", entityId: row.id, after: input });
  return row.id;
}
