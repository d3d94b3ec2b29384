import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { currentListVersion } from "@/lib/data/list-versions";
import * as overview from "@/lib/data/overview";
import { noFilters } from "@/lib/overview/filters";
import { suiteConfig } from "./database";
import { recordDetermination } from "@/lib/operations/record-determination";

const actor = { id: null, email: "overview-test" };
// checks as of the day they are made are the current exposure; a check as of a past date is history
const today = new Date().toISOString().slice(0, 10);

async function demo(name: string) {
  return (await db().bom.findFirst({ where: { name }, select: { id: true } }))!.id;
}

// On the seeded database (other suites add to it, so figures are checked against the database, not constants)
describe(`the risk overview (${suiteConfig().provider})`, () => {
  it("counts the flagged lines of the newest check per BOM, buyer and destination, as the database holds them", async () => {
    const rheinland = (await db().party.findFirst({
      where: { name: "Rheinland Automation GmbH" },
      select: { id: true },
    }))!.id;
    const camera = await demo("AI camera v2 (demo)");
    const before = await overview.loadExposure(noFilters);
    const first = await recordDetermination(
      camera,
      { buyer: { partyId: rheinland }, destination: "DE", shipFrom: "US", asOf: today },
      actor,
    );
    const second = await recordDetermination(
      camera,
      { buyer: { partyId: rheinland }, destination: "DE", shipFrom: "US", asOf: today },
      actor,
    );
    const after = await overview.loadExposure(noFilters);
    // the second check of the same shipment supersedes the first: one more check in force, not two
    expect(after.rollup.determinations).toBe(before.rollup.determinations + 1);
    expect(after.determinations.map((d) => d.id)).toContain(second.determinationId);
    expect(after.determinations.map((d) => d.id)).not.toContain(first.determinationId);

    const ids = after.determinations.map((d) => d.id);
    const [blocked, licence] = await Promise.all(
      ["blocked", "licence_required"].map((status) =>
        db().determinationLine.count({ where: { determinationId: { in: ids }, status } }),
      ),
    );
    expect(after.rollup.linesBlocked).toBe(blocked);
    expect(after.rollup.linesLicence).toBe(licence);
    expect(after.rollup.byCustomer.reduce((n, r) => n + r.lines, 0)).toBe(blocked! + licence!);
    expect(after.rollup.bomsChecked).toBe(new Set(after.determinations.map((d) => d.bomId)).size);
  });

  it("keeps a check as of a past date out of the exposure: it neither counts nor supersedes the current check", async () => {
    const rheinland = (await db().party.findFirst({
      where: { name: "Rheinland Automation GmbH" },
      select: { id: true },
    }))!.id;
    const camera = await demo("AI camera v2 (demo)");
    const current = await recordDetermination(
      camera,
      { buyer: { partyId: rheinland }, destination: "DE", shipFrom: "US", asOf: today },
      actor,
    );
    const before = await overview.loadExposure(noFilters);
    const history = await recordDetermination(
      camera,
      { buyer: { partyId: rheinland }, destination: "DE", shipFrom: "US", asOf: "2019-06-01" },
      actor,
    );
    const after = await overview.loadExposure(noFilters);
    expect(after.rollup.determinations).toBe(before.rollup.determinations);
    expect(after.determinations.map((d) => d.id)).toContain(current.determinationId);
    expect(after.determinations.map((d) => d.id)).not.toContain(history.determinationId);
  });

  it("names the controlled parts from the catalogue match recorded with each line", async () => {
    const seller = (await db().party.findFirst({
      where: { name: "Beijing SenseTime Technology Development Co., Ltd." },
      select: { id: true },
    }))!.id;
    await recordDetermination(
      await demo("GPU server 8x H100 (demo)"),
      { buyer: { partyId: seller }, destination: "CN", shipFrom: "CN", asOf: today },
      actor,
    );
    const { rollup } = await overview.loadExposure({ ...noFilters, customer: seller });
    const h100 = rollup.topParts.find((p) => p.part.includes("H100"))!;
    expect(h100.part).toMatch(/^NVIDIA H100/);
    expect(h100.blocked).toBeGreaterThan(0);
    expect(rollup.byCustomer.map((c) => c.key)).toEqual([seller]);
  });

  it("narrows every figure by destination, customer and product line", async () => {
    const de = await overview.loadExposure({ ...noFilters, destination: "DE" });
    expect(de.determinations.length).toBeGreaterThan(0);
    expect(new Set(de.determinations.map((d) => d.destination))).toEqual(new Set(["DE"]));
    const line = (await db().productLine.findFirst({ where: { name: "GPU inference servers" }, select: { id: true } }))!
      .id;
    const gpu = await overview.loadExposure({ ...noFilters, productLine: line });
    expect(new Set(gpu.determinations.map((d) => d.productLine))).toEqual(new Set(["GPU inference servers"]));
    const future = await overview.loadExposure({ ...noFilters, from: "2999-01-01" });
    expect(future.rollup.determinations).toBe(0);
    const parties = await overview.loadPartiesPanel({ ...noFilters, destination: "DE" });
    expect(parties.hits.every((h) => h.partyCountry === "DE")).toBe(true);
    const revenue = await overview.loadRevenuePanel({ ...noFilters, productLine: line });
    expect(revenue!.periods.length).toBeGreaterThan(0);
    const all = await overview.loadRevenuePanel(noFilters);
    expect(revenue!.periods[0]!.baseline).toBeLessThan(all!.periods[0]!.baseline);
    const choices = await overview.loadFilterChoices();
    expect(choices.destinations).toEqual(expect.arrayContaining(["CN", "DE"]));
    expect(choices.productLines.map((p) => p.name)).toContain("GPU inference servers");
  });

  it("shows the list in force, and a timeline and digest that include the latest check", async () => {
    const list = await overview.loadListPanel();
    expect(list!.list.id).toBe((await currentListVersion("csl"))!.id);
    const events = await overview.loadTimeline(noFilters);
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.at.getTime())).toEqual([...events.map((e) => e.at.getTime())].sort((a, b) => b - a));
    const latest = await db().licenceDetermination.findFirst({
      orderBy: { createdAt: "desc" },
      select: { id: true, bomId: true },
    });
    expect(events.map((e) => e.href)).toContain(`/boms/${latest!.bomId}/determinations/${latest!.id}`);
    const digest = await overview.loadDigestFacts(new Date(), "https://chokepoint.example");
    const exposure = await overview.loadExposure(noFilters);
    expect(digest.determinations.length).toBeGreaterThan(0);
    expect(digest.standing.linesBlocked).toBe(exposure.rollup.linesBlocked);
    expect(digest.standing.openHits).toBe((await overview.loadPartiesPanel(noFilters)).rollup.openHits);
  });
});
