import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { currentListVersion } from "@/lib/data/list-versions";
import { overviewCounts } from "@/lib/data/overview";
import { suiteConfig } from "./database";

describe(`seeded data (${suiteConfig().provider})`, () => {
  it("has one current list version with every snapshot row and the Entity List facts", async () => {
    const v = await currentListVersion("csl");
    expect(v?.label).toBe("CSL 2023-11 snapshot (subset) + Entity List facts");
    expect(v?.publishedOn).toBe("2023-11-16");
    expect(v?.entryCount).toBe(4243);
    expect(v?.sourceCounts.EL).toBe(936);
    expect(await db().listedEntry.count({ where: { listVersionId: v!.id } })).toBe(4243);
  });

  it("splits CETC 13's address and aliases as the list means them", async () => {
    const e = await db().listedEntry.findFirstOrThrow({
      where: { name: "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)" },
      include: { aliases: { orderBy: { id: "asc" } }, addressRows: true },
    });
    expect(e.addressRows).toHaveLength(1);
    expect(e.addressRows[0]!.country).toBe("CN");
    expect(e.aliases.map((a) => a.name)).toContain("CETC Research Institute 13");
    expect(e.aliases.find((a) => a.kind === "acronym")?.name).toBe("CETC 13");
  });

  it("keeps footnote digits out of the licence requirement", async () => {
    const nudt = await db().listedEntry.findFirstOrThrow({
      where: { name: "National University of Defense Technology (NUDT)", sourceCode: "EL" },
    });
    expect(nudt.licenseRequirement).toBe("For all items subject to the EAR. (See §§ 734.9(e) and 744.11 of the EAR)");
    expect(nudt.footnotes).toBe("4");
  });

  it("keeps every raw row of the seeded list files", async () => {
    const job = await db().importJob.findFirstOrThrow({ where: { fileName: "csl-snapshot-2023-11-subset.csv" } });
    // 4,228 data rows less the truncated last one; the header line repeated mid-file is kept raw too
    expect(await db().rawRow.count({ where: { importJobId: job.id } })).toBe(4227);
  });

  it("loads the real and demo BOMs with DNP lines marked", async () => {
    const boms = await db().bom.findMany({
      select: { name: true, isDemo: true, _count: { select: { lines: true } } },
      orderBy: { name: "asc" },
    });
    expect(boms.map((b) => [b.name, b.isDemo, b._count.lines])).toEqual([
      ["AI camera v2 (demo)", true, 6],
      ["GPU server 8x H100 (demo)", true, 5],
      ["HackRF One (KiCad legacy, 2014)", false, 414],
      ["HackRF One (KiCad, 2020)", false, 167],
      ["tinyVision Vision FPGA SoM v3 (Altium)", false, 33],
    ]);
    const gpu = await db().bomLine.findFirstOrThrow({ where: { description: "NVIDIA H100 SXM5 80GB GPU" } });
    expect(gpu.quantity).toBe(8);
    expect(gpu.unitPriceE4).toBe(250_000_000n);
    expect(
      await db().bomLine.count({ where: { dnp: true, bom: { name: "HackRF One (KiCad, 2020)" } } }),
    ).toBeGreaterThan(0);
  });

  it("labels the financials as demo estimates in minor units", async () => {
    const f = await db().financial.findFirstOrThrow({
      where: { period: "2018", productLine: { name: "AI cameras and edge boxes" } },
    });
    expect(f.revenueMinor).toBe(65_000_000_000n);
    expect(f.isEstimate).toBe(true);
  });

  it("gives the overview real counts", async () => {
    const c = await overviewCounts();
    expect(c).toMatchObject({
      listedParties: 4243,
      entityListEntries: 936,
      parties: 7,
      boms: 5,
      productLines: 4,
      partiesScreened: 7,
    });
    // the seed screens the demo parties once: the two real listed companies among them are hits
    expect(c.openHits).toBeGreaterThanOrEqual(2);
  });
});
