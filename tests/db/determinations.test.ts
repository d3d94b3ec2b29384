import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDetermination } from "@/lib/data/determinations";
import { POST } from "@/app/api/v1/determinations/route";
import { listPartRows } from "@/lib/data/classification";
import { determinationPack, partyPack } from "@/lib/data/audit-pack";
import { suiteConfig } from "./database";
import { recordDetermination } from "@/lib/operations/record-determination";
import { savePart } from "@/lib/operations/save-part";
import { overrideClassification } from "@/lib/operations/override-classification";
import { addLicence } from "@/lib/operations/add-licence";
import { createApiKey } from "@/lib/operations/create-api-key";

// On the seeded database: the demo GPU-server BOM and the demo parties.
const actor = { id: null, email: "test@determinations" };
const gpuBom = () => db().bom.findFirstOrThrow({ where: { name: "GPU server 8x H100 (demo)" }, select: { id: true } });
const party = (name: string) => db().party.findFirstOrThrow({ where: { name }, select: { id: true } });

describe(`licence determinations (${suiteConfig().provider})`, () => {
  it("records a determination with its lines, list and rule versions, and audits it", async () => {
    const bom = await gpuBom();
    const buyer = await party("Hangzhou Lakeview Retail Systems Co., Ltd.");
    const r = await recordDetermination(
      bom.id,
      { buyer: { partyId: buyer.id }, destination: "CN", asOf: "2024-06-01" },
      actor,
    );
    expect(r.summary).toMatchObject({
      lines: 5,
      outcome: "blocked",
      byStatus: { blocked: 1, needs_classification: 4 },
    });
    expect(r.summary.valueByStatus.blocked).toEqual({ USD: 20_000_000 }); // 8 x 25,000.00 USD in cents
    const stored = await getDetermination(r.determinationId);
    expect(stored).toMatchObject({
      destination: "CN",
      shipFrom: "US",
      asOf: "2024-06-01",
      ruleSet: { id: "2024-04-04" }, // the NAC/ACA split (89 FR 23876) is the latest rule-set version on 2024-06-01
      outcome: "blocked",
    });
    expect(stored!.lines[0]).toMatchObject({
      lineNo: 1,
      status: "blocked",
      eccn: "3A090.a",
      ruleId: "advanced-computing",
    });
    // the licence exceptions listed beside the requirement are stored with the line (never changing its status)
    expect(stored!.lines[0]!.exceptions.map((e) => [e.symbol, e.citation])).toEqual([["NAC", "15 CFR 740.8(a)(2)"]]);
    expect(stored!.lines[0]!.exceptions[0]!.conditions).toMatch(
      /^the item is not designed or marketed for use in a data centre/,
    );
    expect(
      await db().auditLog.count({ where: { action: "determination.recorded", entityId: bom.id } }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("turns a licence requirement into authorised while a licence on file covers it", async () => {
    const bom = await gpuBom();
    const buyer = await party("Hangzhou Lakeview Retail Systems Co., Ltd.");
    await db().licenceOnFile.create({
      data: {
        number: "D1234567",
        partyId: buyer.id,
        destination: "CN",
        eccns: "3A090.a",
        validFrom: "2024-01-01",
        validTo: "2024-12-31",
      },
    });
    const during = await recordDetermination(
      bom.id,
      { buyer: { partyId: buyer.id }, destination: "CN", asOf: "2024-06-01" },
      actor,
    );
    expect(during.lines[0]).toMatchObject({ status: "authorised", licence: "D1234567" });
    const after = await recordDetermination(
      bom.id,
      { buyer: { partyId: buyer.id }, destination: "CN", asOf: "2025-01-15" },
      actor,
    );
    expect(after.lines[0]!.status).toBe("blocked");
  });

  it("answers POST /api/determinations for inline lines with an API key, and refuses a role that may not check", async () => {
    const user = await db().user.create({
      data: { id: "det-api", email: "det-api@test", name: "Det", role: "compliance", emailVerified: true },
      select: { id: true },
    });
    const { key } = await createApiKey(user.id, "ERP", "compliance");
    const post = (body: unknown, k = key) =>
      POST(
        new Request("http://localhost/api/determinations", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${k}` },
          body: JSON.stringify(body),
        }),
      );
    const r = await post({
      lines: [{ manufacturer: "NVIDIA", description: "NVIDIA H100 SXM5 80GB GPU", quantity: 8 }],
      buyer: { name: "Beijing SenseTime Technology Development Co., Ltd." },
      destination: "CN",
      date: "2024-06-01",
    });
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.lines[0]).toMatchObject({ status: "blocked", ruleId: "entity-list" });
    expect(body.buyer.status).toBe("match");
    const both = await post({ bomId: "x", lines: [{ description: "x" }], buyer: { name: "x" }, destination: "CN" });
    expect(both.status).toBe(400);
    const exec = await db().user.create({
      data: { id: "det-exec", email: "det-exec@test", name: "Exec", role: "executive", emailVerified: true },
      select: { id: true },
    });
    const execKey = (await createApiKey(exec.id, "BI", "executive")).key;
    expect(
      (await post({ lines: [{ description: "x" }], buyer: { name: "x" }, destination: "CN" }, execKey)).status,
    ).toBe(403);
  });

  it("uses a compliance officer's classification on the next check, and audits it", async () => {
    const bom = await gpuBom();
    const xeon = await db().bomLine.findFirstOrThrow({
      where: { bomId: bom.id, description: { contains: "Xeon" } },
      select: { id: true },
    });
    await overrideClassification(
      { bomLineId: xeon.id, eccn: "5A992.c", note: "Intel's classification notice: 5A992.c" },
      { id: "officer", email: "officer@test" },
    );
    const r = await recordDetermination(
      bom.id,
      { buyer: { name: "Rheinland Automation GmbH", hqCountry: "DE" }, destination: "DE", asOf: "2024-06-01" },
      actor,
    );
    expect(r.lines[1]).toMatchObject({ status: "nlr", eccn: "5A992.c" });
    expect(r.lines[1]!.facts.eccnWhy).toMatch(/compliance officer: Intel's classification notice/);
    expect(await db().auditLog.count({ where: { action: "classification.overridden" } })).toBe(1);
  });

  it("lets an admin add and edit parts, refusing a broken MPN pattern", async () => {
    const admin = { id: "admin-1", email: "admin@test" };
    const x1 = {
      manufacturer: "Acme",
      product: "X1 accelerator",
      variant: null,
      mpnPattern: "^X1-",
      datacenter: true,
      tpp: 5000,
      dieAreaMm2: 500,
      eccn: null,
      sources: "datasheet",
    };
    const id = await savePart(x1, admin);
    await savePart({ ...x1, id, variant: "PCIe" }, admin);
    expect((await listPartRows()).find((p) => p.id === id)).toMatchObject({ variant: "PCIe", tpp: 5000 });
    await expect(
      savePart(
        {
          manufacturer: "Acme",
          product: "Y",
          variant: null,
          mpnPattern: "([",
          datacenter: false,
          tpp: null,
          dieAreaMm2: null,
          eccn: null,
          sources: null,
        },
        admin,
      ),
    ).rejects.toThrow(/not a valid regular expression/);
    expect(await db().auditLog.count({ where: { entityType: "part" } })).toBe(2);
  });

  it("refuses a licence that expires before it starts", async () => {
    const buyer = await party("Rheinland Automation GmbH");
    await expect(
      addLicence(
        {
          number: "D1",
          partyId: buyer.id,
          destination: "DE",
          eccns: "*",
          validFrom: "2024-06-01",
          validTo: "2024-01-01",
          note: null,
        },
        { id: "o", email: "o@test" },
      ),
    ).rejects.toThrow(/expires before it starts/);
  });

  it("exports an audit pack for a determination and for a party, with hashes from the chain", async () => {
    const bom = await gpuBom();
    const buyer = await party("Beijing SenseTime Technology Development Co., Ltd.");
    const r = await recordDetermination(
      bom.id,
      { buyer: { partyId: buyer.id }, destination: "CN", asOf: "2024-06-01" },
      actor,
    );
    const pack = await determinationPack(r.determinationId);
    expect(pack).toMatchObject({
      kind: "determination-audit-pack",
      determination: { id: r.determinationId, outcome: "blocked" },
      ruleSet: { id: "2024-04-04" }, // the NAC/ACA split (89 FR 23876) is the latest rule-set version on 2024-06-01
      chain: { intact: true },
    });
    expect(pack.listVersion?.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pack.auditEntries.some((e) => e.action === "determination.recorded" && e.hash)).toBe(true);
    const pp = await partyPack(buyer.id);
    expect(pp).toMatchObject({
      kind: "party-audit-pack",
      party: { name: "Beijing SenseTime Technology Development Co., Ltd." },
    });
    expect(pp.screeningHits.some((h) => h.sourceCode === "EL")).toBe(true); // the seed screened the demo parties
  });
});
