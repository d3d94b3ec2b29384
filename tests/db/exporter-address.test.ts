import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addIsInformedLetter, setExporterName } from "@/lib/operations/save-exporter";
import { recordDetermination } from "@/lib/operations/record-determination";
import { screenNames } from "@/lib/operations/screen-names";
import { isInformedLetterSchema } from "@/lib/rules/is-informed-input";
import { suiteConfig, useScratchDatabase } from "./database";

// A seeded database of its own (the demo GPU-server BOM and the demo lists), plus one invented address-only
// Entity List entry in the list in force, added before anything screens so the screening index holds it.
useScratchDatabase({ beforeAll, afterAll });
const listedAddress =
  "Flat/RM 2309, 23/F, Ho King Commercial Centre, 2-16 Fa Yuen Street, Mong Kok, Kowloon, Hong Kong";
beforeAll(async () => {
  const { seedDatabase } = await import("@/prisma/seed");
  await seedDatabase({ log: () => {} });
  const version = await db().listVersion.findFirstOrThrow({ where: { status: "current", listKind: "csl" } });
  await db().listedEntry.create({
    data: {
      listVersionId: version.id,
      rowNumber: 99_999,
      sourceCode: "EL",
      entryKey: "test-address-only",
      contentHash: "test-address-only",
      source: "Entity List (EL) - Bureau of Industry and Security",
      name: listedAddress,
      addresses: `${listedAddress}, HK`,
      federalRegisterNotice: "89 FR 51644",
      startDate: "2024-06-12",
      licenseRequirement: "For all items subject to the EAR.",
      licensePolicy: "Presumption of denial.",
    },
  });
  // the seed screened its parties, which built this process's screening index before the entry existed
  (globalThis as { __chokepointScreeningIndex?: unknown }).__chokepointScreeningIndex = undefined;
});
const actor = { id: null, email: "test@exporter-address" };
const gpuBom = () => db().bom.findFirstOrThrow({ where: { name: "GPU server 8x H100 (demo)" }, select: { id: true } });

describe(`address-only entries and is-informed letters (${suiteConfig().provider})`, () => {
  it("a party at the listed address, under any name, is a match explained by its address", async () => {
    const { results } = await screenNames({
      queries: [
        {
          name: "Ever Bright Trading Limited",
          address: "Rm 2309, 23/F, Ho King Comm Ctr, 2-16 Fa Yuen St, Mongkok KLN, HK",
        },
      ],
      sources: ["csl"],
    });
    expect(results[0]!.status).toBe("match");
    const hit = results[0]!.hits.find((h) => h.entryKey === "test-address-only")!;
    expect(hit).toMatchObject({ band: "match", score: 100, explanation: { matchedKind: "address" } });
    expect(hit.explanation.listedAddress).toMatchObject({ strength: "match", unknown: [] });
  });

  it("another unit in the same building is clear", async () => {
    const { results } = await screenNames({
      queries: [
        {
          name: "Ever Bright Trading Limited",
          address: "Rm 2310, 23/F, Ho King Commercial Centre, 2-16 Fa Yuen Street, Mong Kok",
        },
      ],
      sources: ["csl"],
    });
    expect(results[0]!.hits.some((h) => h.entryKey === "test-address-only")).toBe(false);
  });

  it("a buyer party at the listed address is blocked by the listed-address rule, citing 744.16(a)", async () => {
    const party = await db().party.create({
      data: {
        kind: "customer",
        name: "Ever Bright Trading Limited",
        country: "HK",
        address: "Rm 2309, 23/F, Ho King Comm Ctr, 2-16 Fa Yuen St, Mongkok KLN, HK",
      },
    });
    const r = await recordDetermination(
      (await gpuBom()).id,
      { buyer: { partyId: party.id }, destination: "HK", asOf: "2025-01-15" },
      actor,
    );
    expect(r.lines[0]).toMatchObject({ status: "blocked", ruleId: "listed-address" });
    expect(r.lines[0]!.citation).toBe(
      "15 CFR 744.16(a) (addresses of high diversion risk, 89 FR 51644, effective 2024-06-12)",
    );
    expect(r.lines[0]!.reason).toContain(`is the Entity List address "${listedAddress}"`);
  });

  it("an is-informed letter binds checks once the exporter it names runs them, and each change is audited", async () => {
    const check = () =>
      recordDetermination(
        await0(),
        { buyer: { name: "Invented Unlisted Buyer Co", hqCountry: "CN" }, destination: "CN", asOf: "2022-09-01" },
        actor,
      );
    let bomId = "";
    const await0 = () => bomId;
    bomId = (await gpuBom()).id;
    const before = await check();
    expect(before.lines.some((l) => l.findings.some((f) => f.ruleId === "is-informed"))).toBe(false);
    const letter = isInformedLetterSchema.parse({
      recipient: "Invented Chips, Inc.",
      products: "H100, A100",
      eccns: "",
      destinations: "CN, HK, RU",
      basis: "744.21",
      issuedOn: "2022-08-26",
      source: "letter on file, invented for this test",
    });
    await addIsInformedLetter(letter, actor);
    // not yet: the company running the checks is not named, so no letter is its own
    const unnamed = await check();
    expect(unnamed.lines.some((l) => l.findings.some((f) => f.ruleId === "is-informed"))).toBe(false);
    await setExporterName("INVENTED CHIPS INC", actor);
    const after = await check();
    const h100 = after.lines.find((l) => l.findings.some((f) => f.ruleId === "is-informed"))!;
    expect(h100.findings.find((f) => f.ruleId === "is-informed")!.citation).toBe(
      "15 CFR 744.21(b) (is-informed letter to Invented Chips, Inc., 2022-08-26)",
    );
    const audit = await db().auditLog.findMany({
      where: { action: { in: ["exporter.name", "exporter.is-informed-letter"] } },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["exporter.is-informed-letter", "exporter.name"]);
  });

  it("a letter without destinations is refused with the field's message", () => {
    const r = isInformedLetterSchema.safeParse({
      recipient: "X",
      products: "H20",
      destinations: "",
      basis: "744.23",
      issuedOn: "2025-04-14",
      source: "s",
    });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error!.issues)).toContain("Name at least one destination");
  });
});
