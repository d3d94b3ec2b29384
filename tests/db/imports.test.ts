import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { diffVersions } from "@/lib/data/list-diff";
import { hasShared, sharedFile } from "@/lib/testing/shared-reference";
import { tableCounts } from "./table-counts";
import { suiteConfig, useScratchDatabase } from "./database";
import { runImport, type ImportResult } from "@/lib/operations/run-import";
import { decideQuarantined } from "@/lib/operations/decide-list-version";

// A database of its own: these tests import list versions and need to know exactly what is current.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "imports-"));
const actor = { id: null, email: "test@imports" };
// copies of other repositories' files: read from ../shared/reference; their tests skip, saying so, without it
const SNAPSHOT = sharedFile("csl/csl-snapshot-2023-11-subset.csv");
const realLists = hasShared(
  "list imports of the real 2023 snapshot",
  "csl/csl-snapshot-2023-11-subset.csv",
  "csl/csl-legacy-layout-2019.csv",
);
const realBoms = ["boms/hackrf-one.bom.csv", "boms/hackrf-one-bom-2014.csv", "boms/BOM-TINYMODULE-V3.csv"];
const hasRealBoms = hasShared("imports of the real BOM exports", ...realBoms);
// [file, format, lines imported, rows skipped as not parts]
const sourcingBoms: [string, string, number, number][] = [
  ["sourcing/boms/olimex-esp32-poe-revM-bom.csv", "kicad-grouped", 62, 19],
  ["sourcing/boms/ulx3s-ecp5-fpga-kibom.csv", "kicad-grouped", 52, 10], // 10: KiBoM's summary under the table
  ["sourcing/boms/tillitis-tkey-tk1-bom.csv", "kicad-grouped", 20, 0],
  ["sourcing/boms/antmicro-jetson-nano-baseboard-2019-bom.csv", "generic", 86, 0],
  ["sourcing/boms/antmicro-jetson-nano-baseboard-rev1.4.6-bom.csv", "generic", 77, 0],
  ["sourcing/boms/ulx3s-ecp5-fpga-1-click-bom.tsv", "generic", 53, 10],
];
const hasSourcingBoms = hasShared("imports of the open-hardware BOMs", ...sourcingBoms.map((b) => b[0]));
useScratchDatabase({ beforeAll, afterAll });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
};
const importFile = (file: string, kind?: "list" | "bom" | "parties" | "financials") =>
  runImport({ file, fileName: path.basename(file), kind, actor });

/** Rewrites the snapshot: rows as papaparse records, edited by `edit`, written back with every field quoted. */
function editedSnapshot(name: string, edit: (rows: Record<string, string>[]) => Record<string, string>[]) {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(SNAPSHOT, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  const rows = parsed.data.slice(0, -1).filter((r) => r.source !== "source"); // drop the truncated last record and the stray header
  return write(name, Papa.unparse(edit(rows), { quotes: true, columns: parsed.meta.fields }));
}

describe.skipIf(!realLists)(`list imports of the real 2023 snapshot (${suiteConfig().provider})`, () => {
  let first: ImportResult;

  it("imports the real 2023 snapshot as the current version, reporting its truncated last record", async () => {
    first = await importFile(SNAPSHOT);
    expect(first).toMatchObject({
      status: "imported",
      kind: "list",
      format: "csl-current",
      counts: { read: 4227, imported: 4226, skipped: 1, invalid: 1 },
    });
    expect(first.errors).toEqual([
      {
        row: 4229,
        column: "(row)",
        value: "",
        expected: "a closing quote: the quoted field runs to the end of the file (truncated?)",
      },
    ]);
    const v = await db().listVersion.findUniqueOrThrow({ where: { id: first.version!.id } });
    expect(v).toMatchObject({ status: "current", entryCount: 4226, publishedOn: "2023-11-16" });
    const job = await db().importJob.findUniqueOrThrow({ where: { id: first.jobId! } });
    expect(job).toMatchObject({
      status: "succeeded",
      rowsRead: 4227,
      rowsImported: 4226,
      rowsInvalid: 1,
      resultId: v.id,
    });
    expect(v.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(v.fileSha256).toBe(job.fileSha256);
    const raw = await db().rawRow.aggregate({ where: { importJobId: job.id }, _sum: { rowCount: true } });
    expect(raw._sum.rowCount).toBe(4227);
  });

  it("recognises the same content and changes nothing", async () => {
    const before = await tableCounts();
    const again = await importFile(SNAPSHOT);
    expect(again).toMatchObject({ status: "unchanged", version: { id: first.version!.id } });
    expect(await tableCounts()).toEqual(before);
  });

  it("shows exactly the edits of a new version in its diff", async () => {
    let renamedFrom = "";
    const file = editedSnapshot("edited.csv", (rows) => {
      const out = rows.filter((r) => r.name !== "Aeolian Airlines" && r.name !== "Fadjr Marine Industries");
      const nudt = out.find(
        (r) =>
          r.name === "National University of Defense Technology (NUDT)" && (r.source ?? "").startsWith("Entity List"),
      )!;
      nudt.license_policy = "Case-by-case review.";
      const cetc = out.find((r) => (r.name ?? "").startsWith("China Electronics Technology Group Corporation 13th"));
      const target = cetc ?? out.find((r) => (r.source ?? "").startsWith("Entity List") && r.alt_names)!;
      target.alt_names = `${target.alt_names}; Test Alias Added`;
      // renamed, keeping the old name as an alias: one entry changed, not one removed and one added
      const renamed = out.find(
        (r) => (r.source ?? "").startsWith("Entity List") && r !== nudt && r !== target && (r.name ?? "").length > 3,
      )!;
      renamedFrom = renamed.name!;
      renamed.name = `${renamedFrom} Holdings`;
      renamed.alt_names = renamed.alt_names ? `${renamed.alt_names}; ${renamedFrom}` : renamedFrom;
      out.push({
        ...nudt,
        _id: "",
        name: "Example Newly Listed Technology Co., Ltd.",
        alt_names: "",
        addresses: "Shenzhen, CN",
        license_policy: "Presumption of denial.",
      });
      return out;
    });
    const r = await importFile(file);
    expect(r.status).toBe("imported");
    expect(r.diff).toEqual({ added: 1, removed: 2, changed: 3, unchanged: 4221, policyChanged: 1 });
    const d = (await diffVersions())!;
    expect(d.from.id).toBe(first.version!.id);
    expect(d.diff.added.map((e) => e.name)).toEqual(["Example Newly Listed Technology Co., Ltd."]);
    expect(d.diff.removed.map((e) => e.name).sort()).toEqual(["Aeolian Airlines", "Fadjr Marine Industries"]);
    const byName = Object.fromEntries(d.diff.changed.map((c) => [c.after.name, c.changes]));
    expect(byName["National University of Defense Technology (NUDT)"]).toEqual([
      { field: "licensePolicy", before: "Presumption of denial.", after: "Case-by-case review." },
    ]);
    expect(
      Object.values(byName)
        .flat()
        .find((c) => c.field === "aliases" && c.added?.includes("Test Alias Added")),
    ).toMatchObject({ added: ["Test Alias Added"], removed: [] });
    expect(byName[`${renamedFrom} Holdings`]).toEqual([
      { field: "name", before: renamedFrom, after: `${renamedFrom} Holdings` },
      expect.objectContaining({ field: "aliases", added: [renamedFrom], removed: [] }),
    ]);
    // the previous version is kept, whole and queryable
    expect(await db().listedEntry.count({ where: { listVersionId: first.version!.id } })).toBe(4226);
    expect((await db().listVersion.findUniqueOrThrow({ where: { id: first.version!.id } })).status).toBe("superseded");
  });

  it("quarantines a copy with a whole source list missing, and keeps the current version serving", async () => {
    const current = await db().listVersion.findFirstOrThrow({ where: { status: "current" } });
    const file = editedSnapshot("no-dtc.csv", (rows) =>
      rows.filter((r) => !(r.source ?? "").startsWith("ITAR Debarred")),
    );
    const r = await importFile(file);
    expect(r.status).toBe("quarantined");
    expect(r.quarantineReasons).toEqual(["DTC: 142 -> 0 entries (the whole source list is missing)"]);
    expect((await db().listVersion.findFirstOrThrow({ where: { status: "current" } })).id).toBe(current.id);
    expect((await db().listVersion.findUniqueOrThrow({ where: { id: r.version!.id } })).status).toBe("quarantined");
  });

  it("imports the legacy layout and the JSON form", async () => {
    const legacy = await runImport({
      file: sharedFile("csl/csl-legacy-layout-2019.csv"),
      fileName: "legacy.csv",
      actor,
      format: "csl-legacy",
    });
    expect(legacy).toMatchObject({ format: "csl-legacy", counts: { read: 115, invalid: 0 } });
    const json = write(
      "list.json",
      JSON.stringify({
        results: [
          {
            id: "1",
            source: "Entity List (EL) - Bureau of Industry and Security",
            name: "Json Listed Co",
            alt_names: ["JLC"],
            addresses: [{ city: "Beijing", country: "CN" }],
          },
        ],
      }),
    );
    const r = await runImport({ file: json, fileName: "list.json", actor, label: "json test" });
    expect(r).toMatchObject({ format: "csl-json", counts: { read: 1, imported: 1 } });
  });

  it("imports an internal list", async () => {
    const r = await importFile(
      write("internal.csv", "name,aliases,country,note\nBlocked Trading Ltd,BTL; Blocked Trading,HK,credit risk\n"),
      "list",
    );
    expect(r).toMatchObject({ status: "imported", format: "custom-list", counts: { imported: 1 } });
    const e = await db().listedEntry.findFirstOrThrow({
      where: { name: "Blocked Trading Ltd" },
      include: { aliases: true },
    });
    expect(e.sourceCode).toBe("INTERNAL");
    expect(e.aliases.map((a) => a.name)).toEqual(["BTL", "Blocked Trading"]);
  });

  it("makes a quarantined version current when an admin approves it, once", async () => {
    const admin = await db().user.create({
      data: { id: "imports-admin", email: "imports-admin@test", name: "Admin", role: "admin", emailVerified: true },
      select: { id: true, email: true },
    });
    const serving = await db().listVersion.findFirstOrThrow({
      where: { listKind: "csl", status: "current" },
      select: { id: true },
    });
    const r = await importFile(
      editedSnapshot("no-dtc-approved.csv", (rows) =>
        rows.filter((x) => !(x.source ?? "").startsWith("ITAR Debarred")).slice(1),
      ),
    );
    expect(r.status).toBe("quarantined");
    expect(
      await decideQuarantined(r.version!.id, "approve", admin, "the ITAR Debarred list is published separately"),
    ).toEqual({
      label: r.version!.label,
      before: "quarantined",
      after: "current",
    });
    expect(
      (await db().listVersion.findFirstOrThrow({ where: { listKind: "csl", status: "current" }, select: { id: true } }))
        .id,
    ).toBe(r.version!.id);
    expect((await db().listVersion.findUniqueOrThrow({ where: { id: serving.id } })).status).toBe("superseded");
    await expect(decideQuarantined(r.version!.id, "reject", admin)).rejects.toThrow(
      "This version is current, not quarantined",
    );
    expect(await db().auditLog.count({ where: { action: "list-version.approved", entityId: r.version!.id } })).toBe(1);
  });
});

describe(`BOM, party and financial imports (${suiteConfig().provider})`, () => {
  it.skipIf(!hasRealBoms).each([
    // lines imported, and rows skipped as not parts (test points, mounting holes, fiducials, not-fitted places)
    ["boms/hackrf-one.bom.csv", "kicad-grouped", 108, 59],
    ["boms/hackrf-one-bom-2014.csv", "kicad-legacy", 399, 15],
    ["boms/BOM-TINYMODULE-V3.csv", "altium", 29, 4],
  ])("imports the real BOM %s (%s) without edits", async (file, format, lines, notParts) => {
    const r = await importFile(sharedFile(file));
    expect(r).toMatchObject({ status: "imported", kind: "bom", format, counts: { imported: lines, invalid: 0 } });
    expect(r.skippedRows).toHaveLength(notParts);
    expect(await db().bomLine.count({ where: { bomId: r.version!.id } })).toBe(lines);
  });

  it.skipIf(!hasSourcingBoms).each(sourcingBoms)(
    "imports the open-hardware BOM %s (%s) without edits",
    async (file, format, lines, notParts) => {
      const r = await importFile(sharedFile(file));
      expect(r).toMatchObject({ status: "imported", kind: "bom", format, counts: { imported: lines, invalid: 0 } });
      expect(r.skippedRows ?? []).toHaveLength(notParts);
      expect(await db().bomLine.count({ where: { bomId: r.version!.id } })).toBe(lines);
    },
  );

  it.skipIf(!hasSourcingBoms)(
    "reads Olimex's fused part numbers and says why each skipped row is no part",
    async () => {
      const bom = await db().bom.findFirstOrThrow({ where: { name: "olimex-esp32-poe-revM-bom" } });
      const u4 = await db().bomLine.findFirstOrThrow({ where: { bomId: bom.id, references: "U4" } });
      expect(u4).toMatchObject({ mpn: "LAN8710A-EZC", description: "LAN8710A-EZC(QFN32)", quantity: 1 });
      const job = await db().importJob.findFirstOrThrow({ where: { resultId: bom.id } });
      expect(job.fileName).toBe("olimex-esp32-poe-revM-bom.csv");
    },
  );

  it.each([
    ["tests/fixtures/bom-kicad-designation.csv", "kicad-grouped", 4, 5],
    ["tests/fixtures/bom-jlcpcb-lcsc.csv", "jlcpcb", 3, 0],
    ["tests/fixtures/bom-french.csv", "generic", 2, 0],
    ["tests/fixtures/bom-german.csv", "generic", 2, 0],
    ["tests/fixtures/bom-chinese.csv", "generic", 2, 0],
  ])("imports the team's fixture %s (%s)", async (file, format, lines, notParts) => {
    const r = await importFile(file);
    expect(r).toMatchObject({ status: "imported", kind: "bom", format, counts: { imported: lines, invalid: 0 } });
    expect(r.skippedRows ?? []).toHaveLength(notParts);
  });

  it.each([
    ["tests/fixtures/bom-kicad-grouped.csv", "kicad-grouped", 4],
    ["tests/fixtures/bom-kicad-legacy.csv", "kicad-legacy", 4],
    ["tests/fixtures/bom-altium.csv", "altium", 4],
    ["data/demo/boms/ai-camera-v2.csv", "template", 6],
  ])("imports the BOM %s in its real layout (%s)", async (file, format, lines) => {
    const r = await importFile(file);
    expect(r).toMatchObject({ status: "imported", kind: "bom", format, counts: { imported: lines, invalid: 0 } });
    expect(await db().bomLine.count({ where: { bomId: r.version!.id } })).toBe(lines);
  });

  it("keeps backslashes, tabs and newlines in values exactly, on the bulk path (COPY on PostgreSQL)", async () => {
    const tricky = "Line with \\backslash\\n, a\ttab and a\nnewline";
    const lines = Array.from({ length: 300 }, (_, i) => `Acme,P${i},"${i === 150 ? tricky : `Part ${i}`}",1,R${i}`);
    const r = await importFile(
      write("tricky.csv", `manufacturer,mpn,description,quantity,reference\n${lines.join("\n")}\n`),
    );
    expect(r).toMatchObject({ status: "imported", counts: { imported: 300 } });
    const line = await db().bomLine.findFirstOrThrow({ where: { bomId: r.version!.id, mpn: "P150" } });
    expect(line.description).toBe(tricky);
    expect(line.references).toBe("R150");
  });

  it("reads a KiCad grouped export's lines from the right columns despite its short header (team fixture)", async () => {
    const bom = await db().bom.findFirstOrThrow({ where: { name: "bom-kicad-grouped" } });
    const line = await db().bomLine.findFirstOrThrow({ where: { bomId: bom.id, lineNo: 1 } });
    expect(line).toMatchObject({
      manufacturer: "Murata",
      mpn: "GRM155R71C104KA88D",
      description: "CAP CER 0.1UF 16V X7R 0402 (invented line)",
      quantity: 4,
    });
  });

  it.skipIf(!hasRealBoms)("reads the HackRF lines from the right columns despite its short header", async () => {
    const bom = await db().bom.findFirstOrThrow({ where: { name: "hackrf-one.bom" } });
    const line = await db().bomLine.findFirstOrThrow({ where: { bomId: bom.id, lineNo: 1 } });
    expect(line).toMatchObject({
      manufacturer: "Murata",
      mpn: "GRM1555C1H330JA01D",
      description: "CAP CER 33PF 50V 5% NP0 0402",
      quantity: 29,
    });
  });

  it("imports parties and financials, and remembers the column mapping", async () => {
    const p = await importFile(
      write(
        "customers.csv",
        "Company Name,Country,Type\nAcme Optics GmbH,DE,customer\nHarbour Freight Ltd,HK,ship-to\n",
      ),
    );
    expect(p).toMatchObject({ status: "imported", kind: "parties", counts: { imported: 2 } });
    expect(await db().columnMapping.count({ where: { kind: "parties" } })).toBe(1);
    const f = await importFile("data/demo/financials.csv");
    expect(f).toMatchObject({ status: "imported", kind: "financials", counts: { imported: 12 } });
    const row = await db().financial.findFirstOrThrow({
      where: { period: "2019", productLine: { name: "GPU inference servers" } },
    });
    expect(row.revenueMinor).toBe(46_000_000_000n);
  });
});

describe(`bad input leaves the database exactly as it was (${suiteConfig().provider})`, () => {
  const cases: [string, () => string, string | RegExp][] = [
    ["an empty file", () => write("empty.csv", ""), "the file is empty"],
    [
      "a header only",
      () => write("header.csv", "manufacturer,mpn,description,quantity\n"),
      "the file has a header but no data rows",
    ],
    [
      "binary junk",
      () => write("junk.csv", Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0, 0, 0, 8, 0, 0xff, 0xd8])),
      /not text/,
    ],
    [
      "a truncated quoted field",
      () => write("trunc.csv", 'manufacturer,mpn,description,quantity\nNVIDIA,H100,"GPU, 80GB,1\n'),
      /closing quote/,
    ],
    [
      "a KiCad legacy (semicolon) BOM cut inside a quoted field (team fixture)",
      () =>
        write(
          "legacy-cut.csv",
          fs.readFileSync("tests/fixtures/bom-kicad-legacy.csv", "utf8").trimEnd() +
            '\nC999;10nF;Murata;"GRM155R71C103KA01D;CAP CER',
        ),
      /row 6.*closing quote/,
    ],
    [
      "a file in which no row is a BOM line (the shipped accelerator facts)",
      () => write("hardware.csv", fs.readFileSync("data/reference/accelerators.csv")),
      /no column is mapped to the manufacturer part number, the description or the value/,
    ],
    [
      "mismatched column counts",
      () => write("cols.csv", "manufacturer,mpn,description,quantity\nNVIDIA,H100,GPU,8,extra,more\n"),
      /expected 4 cells, as in the header row/,
    ],
    [
      "the wrong delimiter",
      () => write("delim.csv", "manufacturer:mpn:description:quantity\nNVIDIA:H100:GPU SXM5:8\n"),
      /the delimiter is not one of comma, semicolon, tab or \|/,
    ],
    ["duplicate headers", () => write("dupe.csv", "name,country,country\nAcme,DE,FR\n"), /appears more than once/],
    [
      "a formula in a cell",
      () => write("formula.csv", "manufacturer,mpn,description,quantity\nNVIDIA,=cmd|' /C calc'!A0,GPU,1\n"),
      /not a spreadsheet formula/,
    ],
    [
      "an invalid number",
      () => write("num.csv", "manufacturer,mpn,description,quantity,unit_price\nNVIDIA,H100,GPU,eight,25000\n"),
      /"eight" \(expected a whole number of 0 or more\)/,
    ],
    [
      "a negative quantity",
      () => write("neg.csv", "manufacturer,mpn,description,quantity\nNVIDIA,H100,GPU,-8\n"),
      /"-8" \(expected a whole number of 0 or more\)/,
    ],
    [
      "an unknown ECCN",
      () => write("eccn.csv", "manufacturer,mpn,description,quantity,eccn\nNVIDIA,H100,GPU,8,3A999.zz!\n"),
      /expected an ECCN such as 3A090.a or EAR99/,
    ],
    [
      "a list without its source column",
      () => write("nosource.csv", "_id,entity_number,type,programs,name,alt_names,addresses\n1,,,,Some Co,,CN\n"),
      /needs a "source" column/,
    ],
  ];
  it.each(cases)("%s", async (_label, make, message) => {
    const before = await tableCounts();
    const file = make();
    const kind = file.endsWith("dupe.csv")
      ? "parties"
      : file.endsWith("nosource.csv")
        ? "list"
        : file.endsWith("empty.csv") || file.endsWith("junk.csv")
          ? undefined
          : "bom";
    const r = await importFile(file, kind);
    expect(["rejected"]).toContain(r.status);
    expect(r.message).toMatch(message);
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a 2 GB file by its size, before reading it", async () => {
    const big = path.join(dir, "huge.csv");
    const fh = fs.openSync(big, "w");
    fs.ftruncateSync(fh, 2 * 1024 ** 3); // sparse: 2 GB long, no disk used
    fs.closeSync(fh);
    await expect(importFile(big, "bom")).rejects.toThrow(/2048 MB is over the 512 MB import limit/);
    fs.rmSync(big);
  });

  it("honours a configured size limit", async () => {
    process.env.CHOKEPOINT_MAX_UPLOAD_MB = "0.001";
    try {
      await expect(importFile("data/demo/parties.csv")).rejects.toThrow(/: \d+ KB is over the 1 KB import limit/);
    } finally {
      delete process.env.CHOKEPOINT_MAX_UPLOAD_MB;
    }
  });
});

describe(`fuzzing sample files in the real layouts (${suiteConfig().provider})`, () => {
  // A small seeded PRNG, so a failure can be replayed.
  let seed = 20261129;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const samples = [
    "tests/fixtures/bom-altium.csv",
    "tests/fixtures/bom-kicad-legacy.csv",
    "data/demo/parties.csv",
    "data/demo/financials.csv",
    "tests/fixtures/csl-current-layout.csv",
  ];
  const mutate = (buf: Buffer): Buffer => {
    const b = Buffer.from(buf);
    const op = Math.floor(rand() * 5);
    if (op === 0) for (let i = 0; i < 5; i++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
    if (op === 1) return b.subarray(0, Math.floor(rand() * b.length));
    if (op === 2) {
      const at = Math.floor(rand() * b.length);
      return Buffer.concat([b.subarray(0, at), Buffer.from('"'), b.subarray(at)]);
    }
    if (op === 3)
      return Buffer.from(
        b.toString("latin1").replace(/,/g, () => (rand() < 0.1 ? ";" : ",")),
        "latin1",
      );
    if (op === 4) {
      const lines = b.toString("utf8").split("\n");
      const i = Math.floor(rand() * lines.length);
      lines.splice(i, 0, lines[i] ?? "");
      return Buffer.from(lines.join("\n"));
    }
    return b;
  };

  it("no mutated file crashes the importer or leaves partial data", async () => {
    for (let i = 0; i < 40; i++) {
      const sample = samples[i % samples.length]!;
      const file = write(`fuzz-${i}${path.extname(sample)}`, mutate(fs.readFileSync(sample)));
      const before = await tableCounts();
      const r = await importFile(file);
      expect(["imported", "unchanged", "quarantined", "rejected"]).toContain(r.status);
      if (r.status === "rejected" || r.status === "unchanged")
        expect(await tableCounts(), `fuzz case ${i} (${sample}) changed the database though ${r.status}`).toEqual(
          before,
        );
      if (r.status === "imported") {
        expect(r.counts.imported).toBeGreaterThan(0);
        // exactly what it counted landed, and nothing else
        const after = await tableCounts();
        const wrote = {
          list: after.entries - before.entries,
          bom: after.bomLines - before.bomLines,
          parties: after.parties - before.parties,
          financials: after.financials - before.financials,
          classifications: 0,
          ownership: 0,
          aliases: 0,
        }[r.kind!];
        // parties are keyed: a party met again is updated, so only the new ones add rows
        const added = r.kind === "parties" ? r.changes!.created : r.kind === "ownership" ? 0 : r.counts.imported;
        if (r.kind !== "financials") expect(wrote, `fuzz case ${i} (${sample})`).toBe(added); // financials replace a period's row
      }
    }
  });
});
