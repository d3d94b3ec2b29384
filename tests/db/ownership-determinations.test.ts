import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordDetermination } from "@/lib/operations/record-determination";
import { runImport } from "@/lib/operations/run-import";
import { suiteConfig, useScratchDatabase } from "./database";

// On a seeded database (the demo GPU-server BOM, the demo lists with their real Entity List headings), with
// the invented holdings of tests/fixtures/ownership/ownership.csv: Megvii Technology Limited (listed) holds 60 %
// of Rheinland Vision GmbH from 2024-01-01; Hangzhou Lakeview Retail Systems holds Rheinland Automation GmbH
// through a Dutch holding (100 % x 75 %).
// A seeded database of its own: the ownership statements imported here must not reach other files' buyers.
useScratchDatabase({ beforeAll, afterAll });
beforeAll(async () => {
  const { seedDatabase } = await import("@/prisma/seed");
  await seedDatabase({ log: () => {} });
});
const actor = { id: null, email: "test@ownership-determinations" };
const gpuBom = () => db().bom.findFirstOrThrow({ where: { name: "GPU server 8x H100 (demo)" }, select: { id: true } });
const check = async (buyer: string, asOf: string, extra: object = {}) =>
  recordDetermination(
    (await gpuBom()).id,
    { buyer: { name: buyer, hqCountry: "DE", ...extra }, destination: "DE", asOf },
    actor,
  );

describe(`ownership in determinations (${suiteConfig().provider})`, () => {
  it("imports the ownership file", async () => {
    const file = path.join(process.cwd(), "tests/fixtures/ownership/ownership.csv");
    const r = await runImport({ file, fileName: "ownership.csv", kind: "ownership", actor });
    expect(["imported", "unchanged"]).toContain(r.status);
  });

  it("a German subsidiary of a Chinese group needs the advanced-computing licence its parent would", async () => {
    const r = await check("Rheinland Automation GmbH", "2024-06-01");
    expect(r.lines[0]).toMatchObject({ eccn: "3A090.a", status: "blocked", ruleId: "ultimate-parent" });
    expect(r.lines[0]!.reason).toContain(
      "ultimate parent Hangzhou Lakeview Retail Systems Co., Ltd. is headquartered in CN (Country Group D:5)",
    );
    expect(r.lines[0]!.reason).toContain("Lakeview Europe Holding B.V. holds 75 % of Rheinland Automation GmbH");
  });

  it("a 60 %-owned affiliate of a listed company: not before the rule, bound while in force, free in the stay, bound after", async () => {
    const status = async (asOf: string) => {
      const r = await check("Rheinland Vision GmbH", asOf);
      const line = r.lines.find((l) => l.eccn !== "3A090.a")!;
      return { status: line.status, affiliates: line.findings.find((f) => f.ruleId === "affiliates") ?? null };
    };
    const before = await status("2025-06-01");
    expect(before.affiliates).toMatchObject({ effect: "flag" });
    expect(before.affiliates!.reason).toContain("was not yet in force");
    const during = await status("2025-10-15");
    expect(during).toMatchObject({ status: "blocked", affiliates: { effect: "licence" } });
    expect(during.affiliates!.reason).toMatch(
      /^Owned 60 % by Megvii Technology Limited \(listed \d{4}-\d{2}-\d{2}, Entity List/,
    );
    expect(during.affiliates!.citation).toContain("90 FR 47201");
    const stay = await status("2026-03-01");
    expect(stay.affiliates).toMatchObject({ effect: "flag" });
    expect(stay.affiliates!.reason).toContain("suspended on this date");
    const after = await status("2026-12-07");
    expect(after).toMatchObject({ status: "blocked", affiliates: { effect: "licence" } });
    expect(after.affiliates!.citation).toContain("90 FR 50857");
  });

  it("owners and an ultimate parent given with the check count as stored ones do", async () => {
    const r = await check("Invented Inline Buyer GmbH", "2026-12-07", {
      owners: [{ name: "Megvii Technology Limited", percent: 55 }],
      ultimateParent: { name: "Invented Parent Ltd", country: "MO" },
    });
    const gpu = r.lines.find((l) => l.eccn === "3A090.a")!;
    expect(gpu).toMatchObject({ status: "blocked", ruleId: "ultimate-parent" });
    expect(gpu.reason).toContain("Invented Parent Ltd is headquartered in MO (Macau)");
    expect(gpu.findings.find((f) => f.ruleId === "affiliates")!.reason).toContain(
      "Owned 55 % by Megvii Technology Limited",
    );
  });
});
