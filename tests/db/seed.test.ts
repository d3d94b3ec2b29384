import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { currentListVersion } from "@/lib/data/list-versions";
import { overviewCounts } from "@/lib/data/overview";
import { factsListLabel } from "@/lib/lists/shipped-list";
import { suiteConfig } from "./database";

describe(`seeded data (${suiteConfig().provider})`, () => {
  it("has the team-compiled Entity List facts as the current list, labelled as not the full list", async () => {
    const v = await currentListVersion("csl");
    expect(v?.label).toBe(factsListLabel);
    expect(v?.entryCount).toBe(35);
    expect(v?.sourceCounts.EL).toBe(27);
    expect(v?.sourceCounts.CMIC).toBe(8);
    expect(await db().listedEntry.count({ where: { listVersionId: v!.id } })).toBe(35);
  });

  it("has the reference catalogue: 57 accelerators and 38 Jetson part numbers, as reference rows", async () => {
    expect(await db().part.count({ where: { refKey: { startsWith: "acc-" }, isSeed: true } })).toBe(57);
    expect(await db().part.count({ where: { refKey: { startsWith: "jetson-" }, isSeed: true } })).toBe(38);
    // the first catalogue's keyless seed rows are gone (parts an admin adds have no key and are not seed rows)
    expect(await db().part.count({ where: { refKey: null, isSeed: true } })).toBe(0);
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

  it("keeps every raw row of the seeded list file", async () => {
    const job = await db().importJob.findFirstOrThrow({ where: { fileName: "entity-list-facts.csv" } });
    expect(await db().rawRow.count({ where: { importJobId: job.id } })).toBe(35);
  });

  it("loads only the labelled demo BOMs (no third-party BOM is shipped)", async () => {
    const boms = await db().bom.findMany({
      select: { name: true, isDemo: true, _count: { select: { lines: true } } },
      orderBy: { name: "asc" },
    });
    expect(boms.map((b) => [b.name, b.isDemo, b._count.lines])).toEqual([
      ["AI camera v2 (demo)", true, 6],
      ["GPU server 8x H100 (demo)", true, 5],
    ]);
    const gpu = await db().bomLine.findFirstOrThrow({ where: { description: "NVIDIA H100 SXM5 80GB GPU" } });
    expect(gpu.quantity).toBe(8);
    expect(gpu.unitPriceE4).toBe(250_000_000n);
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
      listedParties: 35,
      entityListEntries: 27,
      parties: 7,
      boms: 2,
      productLines: 4,
      partiesScreened: 7,
    });
    // the seed screens the demo parties once: the two real listed companies among them are hits
    expect(c.openHits).toBeGreaterThanOrEqual(2);
  });
});
