// `db seed`: the labelled demo data (demo users, parties, BOMs, financials) and, so screening works offline on a
// first start, the team-compiled Entity List facts as the list in force (labelled: not the full list). The parts
// catalogue is reference data, loaded on every migrate (lib/data/reference-data.ts); the seed only makes sure it
// is there. See data/README.md.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { readSmallCsv, readSmallCsvRows } from "@/lib/csv/read-small";
import { factsListFile, factsListLabel, readFactsList } from "@/lib/lists/shipped-list";
import { loadReferenceData } from "@/lib/operations/load-reference-data";
import { findHeaderRow } from "@/lib/boms/normalise";
import { kindFields, type FieldMapping } from "@/lib/imports/kinds";
import { suggestFieldMapping } from "@/lib/imports/mapping";
import { bomRecord, type BomRecord } from "@/lib/imports/records";
import { toMinorUnits } from "@/lib/money";
import { bulkTransaction, newId, type BulkWriter } from "@/lib/data/writes/bulk";
import { roles, type Role } from "@/lib/auth/roles";
import { recordDetermination } from "@/lib/operations/record-determination";
import { startPartyScreening } from "@/lib/operations/screen-parties";
import { createUser } from "@/lib/operations/create-user";
import { runImport } from "@/lib/operations/run-import";
import { appendAudit } from "@/lib/data/writes/audit-append";
import { insertListVersion } from "@/lib/data/writes/list-versions";

const root = process.env.CHOKEPOINT_ROOT ?? process.cwd();
const dataFile = (p: string) => path.join(root, "data", p);
const sha256 = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

export const DEMO_PASSWORD = "chokepoint-demo";
export const demoUsers: { email: string; name: string; role: Role }[] = roles.map((role) => ({
  email: `${role}@chokepoint.demo`,
  name: `Demo ${role[0]!.toUpperCase()}${role.slice(1)}`,
  role,
}));

export async function isSeeded(): Promise<boolean> {
  return (await db().user.count()) > 0 || (await db().listVersion.count()) > 0;
}

async function recordImport(
  w: BulkWriter,
  kind: string,
  file: string,
  format: string,
  records: { rowNumber: number; data: unknown }[],
): Promise<string> {
  const id = newId();
  const now = new Date();
  await w.insert(
    "import_job",
    [
      "id",
      "kind",
      "fileName",
      "fileSha256",
      "fileSize",
      "format",
      "status",
      "rowsTotal",
      "rowsImported",
      "errorCount",
      "message",
      "createdAt",
      "finishedAt",
    ],
    [
      [
        id,
        kind,
        path.basename(file),
        sha256(file),
        fs.statSync(file).size,
        format,
        "succeeded",
        records.length,
        records.length,
        0,
        "seeded from data/ (team-compiled facts or labelled demo data)",
        now,
        now,
      ],
    ],
  );
  await w.insert(
    "raw_row",
    ["importJobId", "rowNumber", "data"],
    records.map((r) => [id, r.rowNumber, JSON.stringify(r.data)]),
  );
  return id;
}

async function seedList(log: (m: string) => void): Promise<number> {
  const factsFile = dataFile(factsListFile);
  const { entries, records, publishedOn } = readFactsList(path.join(root, "data"));
  await bulkTransaction(async (w) => {
    const jobId = await recordImport(
      w,
      "list",
      factsFile,
      "csl-current",
      records.map((r) => ({ rowNumber: r.rowNumber, data: r.values })),
    );
    await insertListVersion(
      {
        listKind: "csl",
        label: factsListLabel,
        status: "current",
        publishedOn,
        fileName: path.basename(factsFile),
        fileSha256: sha256(factsFile),
        importJobId: jobId,
      },
      entries,
      w,
    );
  });
  log(`list version: ${entries.length} Entity List facts (team-compiled; the full list is not loaded yet)`);
  return entries.length;
}

async function seedParties(): Promise<Map<string, string>> {
  const file = dataFile("demo/parties.csv");
  const { records } = readSmallCsv(file);
  const ids = new Map<string, string>();
  const rows = records.map(({ values: v }) => {
    const id = newId();
    ids.set(v.name!, id);
    return {
      id,
      kind: v.kind!,
      name: v.name!,
      country: v.country || null,
      address: v.address || null,
      identifiers: v.identifiers || null,
      parentName: v.parent_company || null,
      isDemo: true,
    };
  });
  await db().party.createMany({ data: rows });
  return ids;
}

type BomSeed = {
  file: string;
  name: string;
  format: string;
  isDemo: boolean;
  sourceNote: string;
  mapping?: FieldMapping;
  customer?: string;
};

const bomSeeds: BomSeed[] = [
  {
    file: "demo/boms/gpu-server-8x.csv",
    name: "GPU server 8x H100 (demo)",
    format: "template",
    isDemo: true,
    sourceNote: "Demo BOM (data/demo/boms); prices illustrative",
  },
  {
    file: "demo/boms/ai-camera-v2.csv",
    name: "AI camera v2 (demo)",
    format: "template",
    isDemo: true,
    sourceNote: "Demo BOM (data/demo/boms); prices illustrative",
  },
];

async function seedBoms(productIds: Map<string, string>): Promise<number> {
  let total = 0;
  for (const seed of bomSeeds) {
    const file = dataFile(seed.file);
    const rows = readSmallCsvRows(file);
    const headerRow = findHeaderRow(rows);
    if (headerRow < 0) throw new Error(`${seed.file}: no header row found`);
    const header = rows[headerRow]!;
    // the same row validation as an analyst's import
    const mapping = seed.mapping ?? suggestFieldMapping(kindFields.bom, header);
    const lines: BomRecord[] = [];
    for (let i = headerRow + 1; i < rows.length; i++) {
      const { record, problems } = bomRecord(rows[i]!, i + 1, header, mapping);
      if (problems.length)
        throw new Error(
          `${seed.file}: row ${problems[0]!.row}, column ${problems[0]!.column}: expected ${problems[0]!.expected}`,
        );
      if (record) lines.push(record);
    }
    const productName = lines[0]?.product ?? undefined;
    const jobId = await bulkTransaction((w) =>
      recordImport(
        w,
        "bom",
        file,
        seed.format,
        rows.slice(headerRow + 1).map((r, i) => ({
          rowNumber: headerRow + 2 + i,
          data: Object.fromEntries(header.map((h, j) => [h || `column_${j + 1}`, r[j] ?? ""])),
        })),
      ),
    );
    await db().bom.create({
      data: {
        name: seed.name,
        format: seed.format,
        isDemo: seed.isDemo,
        sourceNote: seed.sourceNote,
        importJobId: jobId,
        productId: productName ? (productIds.get(productName) ?? null) : null,
        lines: {
          createMany: {
            data: lines.map((l, i) => ({
              lineNo: i + 1,
              rowNumber: l.rowNumber,
              references: l.references.join(" ") || null,
              manufacturer: l.manufacturer,
              mpn: l.mpn,
              description: l.description,
              quantity: l.quantity,
              eccn: l.eccn,
              countryOfOrigin: l.countryOfOrigin,
              dnp: l.dnp,
              unitPriceE4: l.unitPrice ? toMinorUnits(l.unitPrice, 4) : null,
              currency: l.currency,
              usContentBp: l.usContentPct == null ? null : Math.round(l.usContentPct * 100),
            })),
          },
        },
      },
    });
    total += 1;
  }
  return total;
}

async function seedFinancials(): Promise<{ lines: number; products: Map<string, string> }> {
  const file = dataFile("demo/financials.csv");
  const { records } = readSmallCsv(file);
  const lineIds = new Map<string, string>();
  for (const { values: v } of records) {
    if (lineIds.has(v.product_line!)) continue;
    const line = await db().productLine.create({
      data: { name: v.product_line!, segment: v.segment!, currency: v.currency ?? "CNY", isDemo: true },
      select: { id: true },
    });
    lineIds.set(v.product_line!, line.id);
  }
  await db().financial.createMany({
    data: records.map(({ values: v }) => ({
      productLineId: lineIds.get(v.product_line!)!,
      period: v.period!,
      revenueMinor: toMinorUnits(v.revenue!, 0) * 100n,
      costMinor: toMinorUnits(v.cost!, 0) * 100n,
      currency: v.currency!,
      isEstimate: true,
      source:
        "Demo estimate: totals follow SenseTime's reported revenue (2021 prospectus); split invented (data/README.md)",
    })),
  });
  const products = new Map<string, string>();
  const links: [string, string][] = [
    ["AI camera v2", "AI cameras and edge boxes"],
    ["GPU inference server", "GPU inference servers"],
  ];
  for (const [product, line] of links) {
    const p = await db().product.create({
      data: { name: product, productLineId: lineIds.get(line) ?? null },
      select: { id: true },
    });
    products.set(product, p.id);
  }
  return { lines: lineIds.size, products };
}

export async function seedDatabase({ log }: { log: (m: string) => void }): Promise<Record<string, number>> {
  for (const u of demoUsers) await createUser({ ...u, password: DEMO_PASSWORD });
  const entries = await seedList(log);
  // the team-compiled registered Chinese names of listed entries, through the same import an analyst's alias file takes
  const aliases = await runImport({
    file: dataFile("reference/known-aliases-cn.csv"),
    fileName: "known-aliases-cn.csv",
    actor: { id: null, email: "seed" },
    kind: "aliases",
    format: "aliases",
  });
  if (aliases.status !== "imported") throw new Error(`seeding the known aliases failed: ${aliases.message}`);
  const reference = await loadReferenceData(root);
  const parts = reference.added + reference.updated + reference.unchanged + reference.keptEdited;
  const parties = await seedParties();
  const { lines, products } = await seedFinancials();
  const boms = await seedBoms(products);
  const counts = {
    users: demoUsers.length,
    "listed entries": entries,
    "known aliases": aliases.counts.imported,
    parts,
    parties: parties.size,
    "product lines": lines,
    boms,
  };
  await appendAudit({ id: null, email: "seed" }, { action: "database.seeded", entityType: "database", after: counts });
  // screen the demo parties once, so the screening page opens on results
  const { done } = await startPartyScreening({ trigger: "manual", actor: { id: null, email: "seed" } });
  await done;
  // the demo company's own exposure: can its two demo BOMs, sourced in China, be shipped to it (a listed entity)?
  // The scenario page derives each hardware line's exposure from these determinations.
  const seller = await db().party.findFirst({
    where: { name: "Beijing SenseTime Technology Development Co., Ltd.", isDemo: true },
    select: { id: true },
  });
  for (const name of ["AI camera v2 (demo)", "GPU server 8x H100 (demo)"]) {
    const bom = await db().bom.findFirst({ where: { name }, select: { id: true } });
    if (bom && seller)
      await recordDetermination(
        bom.id,
        // as of the day it is seeded: the current exposure, not a check of a past date
        {
          buyer: { partyId: seller.id },
          destination: "CN",
          shipFrom: "CN",
          asOf: new Date().toISOString().slice(0, 10),
        },
        { id: null, email: "seed" },
      );
  }
  return counts;
}
