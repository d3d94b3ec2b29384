// Seeds the real reference data in data/ and the labelled demo data (see data/README.md).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { readSmallCsv, readSmallCsvRows } from "@/lib/csv/read-small";
import { readShippedList, shippedListFiles } from "@/lib/lists/shipped-list";
import { findHeaderRow } from "@/lib/boms/normalise";
import { kindFields, type FieldMapping } from "@/lib/imports/kinds";
import { suggestFieldMapping } from "@/lib/imports/mapping";
import { bomRecord, type BomRecord } from "@/lib/imports/records";
import { toMinorUnits } from "@/lib/money";
import { bulkTransaction, newId, type BulkWriter } from "@/lib/data/bulk";
import { insertListVersion } from "@/lib/data/list-versions";
import { createUser } from "@/lib/data/users";
import { appendAudit } from "@/lib/data/audit";
import { startPartyScreening } from "@/lib/data/screening-runs";
import { checkStoredBom } from "@/lib/data/determinations";
import { roles, type Role } from "@/lib/auth/roles";

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
        "seeded from data/",
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
  const snapshotFile = dataFile(shippedListFiles.snapshot);
  const factsFile = dataFile(shippedListFiles.facts);
  const { entries, snapshot, facts, droppedTruncated, publishedOn } = readShippedList(path.join(root, "data"));
  if (droppedTruncated)
    log(`list snapshot: dropped ${droppedTruncated} truncated final record (cut off in the source file)`);
  await bulkTransaction(async (w) => {
    const jobId = await recordImport(
      w,
      "list",
      snapshotFile,
      "csl-current",
      snapshot.map((r) => ({ rowNumber: r.rowNumber, data: r.values })),
    );
    await recordImport(
      w,
      "list",
      factsFile,
      "csl-current",
      facts.map((r) => ({ rowNumber: r.rowNumber, data: r.values })),
    );
    await insertListVersion(
      {
        listKind: "csl",
        label: "CSL 2023-11 snapshot (subset) + Entity List facts",
        status: "current",
        publishedOn,
        fileName: path.basename(snapshotFile),
        fileSha256: sha256(snapshotFile),
        importJobId: jobId,
      },
      entries,
      w,
    );
  });
  log(`list version: ${entries.length} entries (${entries.filter((e) => e.sourceCode === "EL").length} Entity List)`);
  return entries.length;
}

async function seedParts(): Promise<number> {
  const { records } = readSmallCsv(dataFile("controlled-hardware.csv"));
  const num = (v: string | undefined) => (v && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : null);
  const data = records.map(({ values: v }) => ({
    manufacturer: v.manufacturer ?? "",
    product: v.product ?? "",
    variant: v.variant || null,
    mpnPattern: v.typical_mpn ? `^${v.typical_mpn.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}` : null,
    category: v.category || null,
    datacenter: v.datacenter_designed_or_marketed === "yes",
    tpp: num(v.tpp),
    performanceDensity: num(v.performance_density),
    dieAreaMm2: num(v.die_area_mm2),
    tppBasis: v.tpp_basis || null,
    eccn: v.eccn_stated_by_source || null,
    eccnFromThresholds: v.eccn_from_thresholds || null,
    licenseNote: v.license_note || null,
    sources: v.sources || null,
    confidence: v.confidence || null,
    isSeed: true,
  }));
  await db().part.createMany({ data });
  return data.length;
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
  {
    file: "boms/hackrf-one.bom.csv",
    name: "HackRF One (KiCad, 2020)",
    format: "kicad-grouped",
    isDemo: false,
    sourceNote: "greatscottgadgets/hackrf @ 4a058d3d, doc/hardware/hackrf-one-gerbers/hackrf-one.bom.csv (GPL-2.0)",
    // The real file's header row lacks one column after Qty, so its cells sit one place right of their headers.
    mapping: { reference: 0, value: 1, quantity: 3, description: 5, manufacturer: 6, mpn: 9 },
  },
  {
    file: "boms/hackrf-one-bom-2014.csv",
    name: "HackRF One (KiCad legacy, 2014)",
    format: "kicad-legacy",
    isDemo: false,
    sourceNote: "greatscottgadgets/hackrf @ 453998d7, doc/hardware/hackrf-one-bom.csv (GPL-2.0)",
  },
  {
    file: "boms/BOM-TINYMODULE-V3.csv",
    name: "tinyVision Vision FPGA SoM v3 (Altium)",
    format: "altium",
    isDemo: false,
    sourceNote: "tinyvision-ai-inc/Vision-FPGA-SoM @ ee1e6c09, BOM-TINYMODULE-V3.xlsx (MIT)",
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
  const parts = await seedParts();
  const parties = await seedParties();
  const { lines, products } = await seedFinancials();
  const boms = await seedBoms(products);
  const counts = {
    users: demoUsers.length,
    "listed entries": entries,
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
      await checkStoredBom(
        bom.id,
        { buyer: { partyId: seller.id }, destination: "CN", shipFrom: "CN", asOf: "2024-06-01" },
        { id: null, email: "seed" },
      );
  }
  return counts;
}
