import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runImport } from "@/lib/operations/run-import";
import { partyDetail } from "@/lib/data/parties";
import { useScratchDatabase } from "./database";

// A database of its own: the party counts below are exact.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "party-identity-"));
const actor = { id: null, email: "test@party-identity" };
useScratchDatabase({ beforeAll, afterAll });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
};
const importParties = (file: string) => runImport({ file, fileName: path.basename(file), kind: "parties", actor });

const header = "Name,kind,country,address,parent_company\n";
const rows = [
  `"Beijing SenseTime Technology Development Co., Ltd.",customer,CN,"Haidian District, Beijing",SenseTime Group Limited`,
  `Rheinland Automation GmbH,customer,DE,"Kaiserswerther Strasse 100, Duesseldorf",`,
  `"Shenzhen Harbour Logistics Co., Ltd.",ship-to,CN,"Nanshan District, Shenzhen",`,
];

describe("party identity on import", () => {
  it("importing the same parties file twice leaves the same parties, the second time unchanged", async () => {
    const file = write("parties.csv", header + rows.join("\n") + "\n");
    const first = await importParties(file);
    expect(first).toMatchObject({ status: "imported", changes: { created: 3, updated: 0, unchanged: 0 } });
    expect(await db().party.count()).toBe(3);
    const again = await importParties(file);
    expect(again.status).toBe("unchanged");
    expect(await db().party.count()).toBe(3);
  });

  it("the same parties in another file (reordered, respelled) are unchanged, not added", async () => {
    const respelled = [
      rows[2],
      `"BEIJING SENSETIME TECHNOLOGY DEVELOPMENT CO LTD",customer,cn,"Haidian District, Beijing",SenseTime Group Limited`,
      rows[1],
    ];
    const r = await importParties(write("parties-copy.csv", header + respelled.join("\n") + "\n"));
    expect(r).toMatchObject({ status: "imported", changes: { created: 0, updated: 1, unchanged: 2 } });
    expect(await db().party.count()).toBe(3);
    // the respelled name is a change of the name, kept as a revision
    const p = await db().party.findUniqueOrThrow({
      where: { partyKey: "name:beijing sensetime technology development co ltd|CN" },
      include: { revisions: true },
    });
    expect(p.name).toBe("BEIJING SENSETIME TECHNOLOGY DEVELOPMENT CO LTD");
    expect(p.revisions.map((v) => [JSON.parse(v.before), JSON.parse(v.after)])).toEqual([
      [
        { name: "Beijing SenseTime Technology Development Co., Ltd." },
        { name: "BEIJING SENSETIME TECHNOLOGY DEVELOPMENT CO LTD" },
      ],
    ]);
  });

  it("a changed address updates the party, records before and after, and the audit entry counts it", async () => {
    const moved = [rows[0], `Rheinland Automation GmbH,customer,DE,"Koenigsallee 1, Duesseldorf",`, rows[2]];
    const r = await importParties(write("parties-moved.csv", header + moved.join("\n") + "\n"));
    expect(r).toMatchObject({ status: "imported", changes: { created: 0, updated: 2, unchanged: 1 } });
    expect(await db().party.count()).toBe(3);
    const rheinland = await db().party.findUniqueOrThrow({
      where: { partyKey: "name:rheinland automation gmbh|DE" },
      include: { revisions: true },
    });
    expect(rheinland.address).toBe("Koenigsallee 1, Duesseldorf");
    expect(rheinland.updatedAt).not.toBeNull();
    expect(JSON.parse(rheinland.revisions[0]!.before)).toEqual({ address: "Kaiserswerther Strasse 100, Duesseldorf" });
    // as the party page reads it
    expect((await partyDetail(rheinland.id))!.revisions).toEqual([
      {
        at: expect.any(Date) as Date,
        before: { address: "Kaiserswerther Strasse 100, Duesseldorf" },
        after: { address: "Koenigsallee 1, Duesseldorf" },
      },
    ]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: r.jobId! } });
    expect(audit.after).toMatchObject({ changes: { created: 0, updated: 2, unchanged: 1 } });
  });

  it("an external id keys the party: a renamed party with the same id is updated; a key twice in one file is one party", async () => {
    const withIds =
      "Customer ID,Name,country\nC-1,Acme Trading Ltd,HK\nC-1,Acme Trading Limited,HK\nC-2,Acme Trading Ltd,HK\n";
    const r = await importParties(write("ids.csv", withIds));
    expect(r).toMatchObject({ status: "imported", changes: { created: 2, updated: 0, unchanged: 0 } });
    const c1 = await db().party.findUniqueOrThrow({ where: { partyKey: "id:c-1" } });
    expect(c1).toMatchObject({ name: "Acme Trading Limited", externalId: "C-1" });
    expect(await db().party.count()).toBe(5);
  });

  it("parties imported before keys existed are keyed on the next import instead of duplicated", async () => {
    await db().party.create({ data: { kind: "customer", name: "Legacy Widgets Pte. Ltd.", country: "SG" } });
    const r = await importParties(write("legacy.csv", "Name,country\nLegacy Widgets Pte Ltd,SG\n"));
    expect(r).toMatchObject({ status: "imported", changes: { created: 0, updated: 1, unchanged: 0 } });
    expect(await db().party.count({ where: { name: { startsWith: "Legacy" } } })).toBe(1);
  });
});
