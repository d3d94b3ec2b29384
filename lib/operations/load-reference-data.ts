import "server-only";
// Reference data is not demo data: every migrated database, SQLite or PostgreSQL, gets the parts catalogue
// shipped in data/reference (`db migrate`, `db setup` and so `npm start` run this after the migrations; the
// db seed runs it too). Country groups and the rule tables are code (lib/rules), so they are in every
// database's process already. Idempotent: rows are keyed by `refKey`; a reference row still as shipped is kept
// in step with the release, a row an admin edited is the admin's and is left alone.
import path from "node:path";
import { readReferenceCatalogue } from "../reference/catalogue-files";
import type { ReferencePart } from "../rules/reference-catalogue";
import { appendAuditIn, inAuditedTransaction } from "../data/writes/audit-append";

export type ReferenceLoad = { added: number; updated: number; removed: number; unchanged: number; keptEdited: number };

const fields = [
  "manufacturer",
  "product",
  "variant",
  "mpnPattern",
  "names",
  "category",
  "datacenter",
  "tpp",
  "performanceDensity",
  "dieAreaMm2",
  "tppBasis",
  "eccn",
  "eccnFromThresholds",
  "countryOfOrigin",
  "licenseNote",
  "sources",
  "confidence",
] as const satisfies readonly (keyof ReferencePart)[];

const same = (a: Record<string, unknown>, b: ReferencePart) => fields.every((f) => (a[f] ?? null) === (b[f] ?? null));

export async function loadReferenceData(root: string): Promise<ReferenceLoad> {
  const parts = readReferenceCatalogue(path.join(root, "data"));
  // the catalogue's changes and their audit entry commit together
  return inAuditedTransaction(async (tx) => {
    const existing = await tx.part.findMany({
      where: { OR: [{ refKey: { not: null } }, { isSeed: true }] },
      select: { id: true, refKey: true, isSeed: true, ...Object.fromEntries(fields.map((f) => [f, true])) },
    });
    const byKey = new Map(existing.filter((p) => p.refKey).map((p) => [p.refKey!, p]));
    const wanted = new Set(parts.map((p) => p.refKey));
    const counts: ReferenceLoad = { added: 0, updated: 0, removed: 0, unchanged: 0, keptEdited: 0 };
    const toAdd: ReferencePart[] = [];
    for (const p of parts) {
      const row = byKey.get(p.refKey);
      if (!row) toAdd.push(p);
      else if (!row.isSeed) counts.keptEdited++;
      else if (same(row, p)) counts.unchanged++;
      else {
        await tx.part.update({ where: { id: row.id }, data: { ...p } });
        counts.updated++;
      }
    }
    if (toAdd.length) await tx.part.createMany({ data: toAdd.map((p) => ({ ...p, isSeed: true })) });
    counts.added = toAdd.length;
    // rows the release no longer ships, and the first catalogue's rows (seeded before rows had keys), unless an
    // admin has made them their own
    const stale = existing.filter((p) => p.isSeed && (!p.refKey || !wanted.has(p.refKey))).map((p) => p.id);
    if (stale.length) counts.removed = (await tx.part.deleteMany({ where: { id: { in: stale } } })).count;
    if (counts.added || counts.updated || counts.removed)
      await appendAuditIn(
        tx,
        { id: null, email: "system" },
        {
          action: "reference-data.loaded",
          entityType: "reference-data",
          after: { ...counts, files: "data/reference" },
        },
      );
    return counts;
  });
}

export function describeLoad(c: ReferenceLoad): string {
  if (!c.added && !c.updated && !c.removed)
    return `reference data: parts catalogue up to date (${c.unchanged + c.keptEdited} parts)`;
  return `reference data: parts catalogue ${c.added} added, ${c.updated} updated, ${c.removed} removed, ${c.unchanged} unchanged${c.keptEdited ? `, ${c.keptEdited} edited by an admin kept` : ""}`;
}
