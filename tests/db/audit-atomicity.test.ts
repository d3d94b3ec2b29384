import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgClient, suiteConfig, useBlankDatabase } from "./database";

// Issue 23's fault test: the process is killed after a change is written and before its audit entry is
// (CHOKEPOINT_INJECT_FAULT, lib/data/fault-injection.ts). Both commit in one transaction, so afterwards
// neither is visible; run again without the fault, both are, and the audit chain verifies.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atomicity-"));
const database = useBlankDatabase({ beforeAll, afterAll }, dir);

const cli = (fault: string | null, ...args: string[]) =>
  spawnSync(process.execPath, ["bin/chokepoint.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: database().url, CHOKEPOINT_INJECT_FAULT: fault ?? "" },
  });

async function count(sql: string): Promise<number> {
  const config = database();
  if (config.provider === "sqlite") {
    const conn = new Database(config.file, { readonly: true });
    try {
      return Number((conn.prepare(sql).get() as { n: number | bigint }).n);
    } finally {
      conn.close();
    }
  }
  const client = pgClient(config);
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
  } finally {
    await client.end();
  }
}
const audited = (action: string) => count(`SELECT COUNT(*) AS n FROM "audit_log" WHERE "action" = '${action}'`);

beforeAll(async () => {
  for (const args of [
    ["db", "migrate"],
    ["import", "list", "data/reference/entity-list-facts.csv"],
    ["import", "financials", "data/demo/financials.csv"],
  ]) {
    const r = cli(null, ...args);
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  }
}, 120_000);

describe(`a change and its audit entry commit together (${suiteConfig().provider})`, () => {
  it("an import killed before its audit entry leaves no rows and no job outcome; run again, both land", async () => {
    const imports = await audited("import.imported");
    const jobs = await count(`SELECT COUNT(*) AS n FROM "import_job" WHERE "status" = 'succeeded'`);
    const killed = cli("before-audit-append", "import", "parties", "data/demo/parties.csv");
    expect(killed.signal).toBe("SIGKILL");
    expect(await count(`SELECT COUNT(*) AS n FROM "party"`)).toBe(0);
    expect(await audited("import.imported")).toBe(imports);
    expect(await count(`SELECT COUNT(*) AS n FROM "import_job" WHERE "status" = 'succeeded'`)).toBe(jobs);

    const done = cli(null, "import", "parties", "data/demo/parties.csv");
    expect(done.status, done.stderr).toBe(0);
    expect(await count(`SELECT COUNT(*) AS n FROM "party"`)).toBe(7);
    expect(await audited("import.imported")).toBe(imports + 1);
  }, 120_000);

  it("a determination killed before its audit entry is not recorded; the BOM imported before it stays, audited", async () => {
    const bom = "tests/fixtures/bom-kicad-grouped.csv";
    const args = [
      "check-bom",
      bom,
      "--buyer",
      "Acme Robotics GmbH",
      "--country",
      "DE",
      "--date",
      "2026-01-15",
      "--save",
    ];
    const imports = await audited("import.imported");
    const killed = cli("before-audit-append#2", ...args);
    expect(killed.signal).toBe("SIGKILL");
    expect(await count(`SELECT COUNT(*) AS n FROM "licence_determination"`)).toBe(0);
    expect(await audited("determination.recorded")).toBe(0);
    expect(await count(`SELECT COUNT(*) AS n FROM "bom"`)).toBe(1);
    expect(await audited("import.imported")).toBe(imports + 1); // the BOM, imported before the determination

    const done = cli(null, ...args);
    expect(done.status, done.stderr).toBe(0);
    expect(await count(`SELECT COUNT(*) AS n FROM "licence_determination"`)).toBe(1);
    expect(await audited("determination.recorded")).toBe(1);
  }, 120_000);

  it("a saved scenario killed before its audit entry is not saved; run again, both land and the chain verifies", async () => {
    const killed = cli("before-audit-append", "scenario", "--save", "Atomicity check");
    expect(killed.signal).toBe("SIGKILL");
    expect(await count(`SELECT COUNT(*) AS n FROM "scenario"`)).toBe(0);
    expect(await audited("scenario.saved")).toBe(0);

    const done = cli(null, "scenario", "--save", "Atomicity check");
    expect(done.status, done.stderr).toBe(0);
    expect(await count(`SELECT COUNT(*) AS n FROM "scenario"`)).toBe(1);
    expect(await audited("scenario.saved")).toBe(1);
    const verify = cli(null, "audit", "verify");
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
  }, 120_000);
});
