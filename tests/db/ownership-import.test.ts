import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ownershipStatements } from "@/lib/data/ownership";
import { runImport } from "@/lib/operations/run-import";
import { useScratchDatabase } from "./database";

// A database of its own: the statement counts below are exact.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ownership-import-"));
const actor = { id: null, email: "test@ownership" };
useScratchDatabase({ beforeAll, afterAll });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const fixture = (name: string) => path.join(process.cwd(), "tests/fixtures/ownership", name);
const importFile = (file: string, opts: { kind?: "ownership"; format?: "ftm" | "ownership" } = {}) =>
  runImport({ file, fileName: path.basename(file), actor, ...opts });
const write = (name: string, content: string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
};

describe("ownership import", () => {
  it("a CSV of owner, owned and percent is recognised and stored as statements, with its audit entry", async () => {
    const r = await importFile(fixture("ownership.csv"));
    expect(r).toMatchObject({ status: "imported", kind: "ownership", format: "ownership", counts: { imported: 4 } });
    expect(r.changes).toEqual({ created: 4, updated: 0, unchanged: 0 });
    const s = await ownershipStatements();
    expect(s.find((x) => x.ownedName === "Rheinland Vision GmbH")).toMatchObject({
      ownerKey: "name:megvii technology limited|CN",
      ownedKey: "name:rheinland vision gmbh|DE",
      shareBp: 6000,
      relation: "direct",
      asOf: "2024-01-01",
      endDate: null,
    });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: r.jobId! } });
    expect(audit).toMatchObject({ action: "import.imported", after: { kind: "ownership", changes: { created: 4 } } });
  });

  it("the same statements again are unchanged; a changed share updates its statement, never adds one", async () => {
    const text = fs.readFileSync(fixture("ownership.csv"), "utf8").replace(",75,direct,", ",80,direct,");
    const r = await importFile(write("ownership-2.csv", text));
    expect(r.changes).toEqual({ created: 0, updated: 1, unchanged: 3 });
    expect(await db().ownershipEdge.count()).toBe(4);
    const holding = await db().ownershipEdge.findFirstOrThrow({ where: { ownerName: "Lakeview Europe Holding B.V." } });
    expect(holding.shareBp).toBe(8000);
  });

  it("a newer as-of date is a new statement: the older stays for the dates it covered", async () => {
    const r = await importFile(
      write(
        "later.csv",
        "owner,owned,owned_country,percent,as_of\nMegvii Technology Limited,Rheinland Vision GmbH,DE,40,2026-01-01\n",
      ),
      { kind: "ownership" },
    );
    expect(r.changes).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await db().ownershipEdge.count()).toBe(5);
  });

  it("FollowTheMoney Ownership records (JSON lines) import as the same statements, skipped ones said", async () => {
    const r = await importFile(fixture("ownership.ftm.json"), { kind: "ownership", format: "ftm" });
    expect(r).toMatchObject({ status: "imported", format: "ftm", counts: { imported: 2, skipped: 2 } });
    // both holdings are stated by the CSV already (same owner, owned and as-of date): only their source changes
    expect(r.changes).toEqual({ created: 0, updated: 2, unchanged: 0 });
    expect(r.notes).toEqual([
      "1 Ownership record(s) skipped: it has no single percentage held",
      "1 Ownership record(s) skipped: its owner or asset is not an entity with a name in the file",
    ]);
    expect(await db().ownershipEdge.count()).toBe(5);
  });

  it("a bad row rejects the whole file, naming row and column", async () => {
    const before = await db().ownershipEdge.count();
    const r = await importFile(write("bad.csv", "owner,owned,percent\nA Co,B Co,30\nA Co,C Co,130\n"), {
      kind: "ownership",
    });
    expect(r.status).toBe("rejected");
    expect(r.message).toMatch(/row 3, column percent: "130" \(expected a percentage from 0 to 100\)/);
    expect(await db().ownershipEdge.count()).toBe(before);
  });

  it("a FollowTheMoney file is recognised without being told", async () => {
    const text = fs.readFileSync(fixture("ownership.ftm.json"), "utf8");
    const r = await importFile(write("detected.json", text.replace(/"60"/, '"55"')));
    expect(r).toMatchObject({ status: "imported", kind: "ownership", format: "ftm" });
  });
});
