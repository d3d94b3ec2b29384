import "server-only";
// What compliance officers and admins maintain for the licence engine, as read back: the parts catalogue and
// licences on file. The changes are lib/operations/save-part.ts, override-classification.ts and add-licence.ts.
import { db } from "../db";
import type { PartRow, LicenceRow } from "./classification-types";

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
