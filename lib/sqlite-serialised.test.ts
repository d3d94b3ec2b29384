import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isSqliteBusy, serialise } from "./sqlite-serialised";

// A real SQLite file in WAL mode (as the app runs it), shared by the wrapped Prisma connection and a second
// connection standing in for an import's writer thread.
let dir: string;
let file: string;
let other: Database.Database;
let adapter: SqlDriverAdapter;

const q = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });
const count = async (a: SqlDriverAdapter) => Number((await a.queryRaw(q("SELECT count(*) AS n FROM t"))).rows[0]![0]);
/** Settles with "pending" if `p` has not settled once queued callbacks have run. */
const state = (p: Promise<unknown>) =>
  Promise.race([
    p.then(
      () => "done",
      () => "failed",
    ),
    new Promise((r) => setTimeout(() => r("pending"), 0)),
  ]);

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "serialised-"));
  file = path.join(dir, "db.sqlite");
  other = new Database(file, { timeout: 0 });
  other.pragma("journal_mode = WAL");
  other.exec("CREATE TABLE t (v TEXT)");
  // no synchronous busy-waiting at all: every wait must be the wrapper's
  adapter = serialise(await new PrismaBetterSqlite3({ url: file, timeout: 0 }).connect(), 5_000);
});
afterEach(async () => {
  other.close();
  await adapter.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a write that finds the write lock taken by another connection", () => {
  it("waits without holding the connection: reads go on, and the write lands once the lock is free", async () => {
    other.exec("BEGIN IMMEDIATE");
    other.prepare("INSERT INTO t VALUES ('import')").run();
    const write = adapter.executeRaw(q("INSERT INTO t VALUES ('decision')"));
    expect(await count(adapter)).toBe(0); // a read is answered meanwhile, and sees nothing uncommitted
    expect(await state(write)).toBe("pending");
    other.exec("COMMIT");
    expect(await write).toBe(1);
    expect(await count(adapter)).toBe(2);
  });

  it("fails as busy once it has waited its time", async () => {
    const impatient = serialise(await new PrismaBetterSqlite3({ url: file, timeout: 0 }).connect(), 30);
    other.exec("BEGIN IMMEDIATE");
    const error = await impatient.executeRaw(q("INSERT INTO t VALUES ('x')")).catch((e: unknown) => e);
    expect(isSqliteBusy(error)).toBe(true);
    other.exec("ROLLBACK");
    await impatient.dispose();
  });

  it("a transaction takes the lock first (BEGIN IMMEDIATE), waiting for it, then runs whole", async () => {
    other.exec("BEGIN IMMEDIATE");
    const started = adapter.startTransaction();
    expect(await state(started)).toBe("pending");
    other.exec("COMMIT");
    const tx = await started;
    await tx.executeRaw(q("INSERT INTO t VALUES ('a')"));
    // another connection now finds the lock taken: the transaction holds it from its start
    expect(() => other.exec("BEGIN IMMEDIATE")).toThrow(/locked|busy/i);
    await tx.executeRaw(q("COMMIT")); // as Prisma does it: the statement, then commit()
    await tx.commit();
    expect(await count(adapter)).toBe(1);
  });
});

describe("one connection shared by concurrent requests", () => {
  it("a plain query waits while a transaction is open, so it never joins it", async () => {
    const tx = await adapter.startTransaction();
    await tx.executeRaw(q("INSERT INTO t VALUES ('rolled back')"));
    const audit = adapter.executeRaw(q("INSERT INTO t VALUES ('audit')"));
    expect(await state(audit)).toBe("pending");
    await tx.executeRaw(q("ROLLBACK"));
    await tx.rollback();
    await audit;
    expect((await adapter.queryRaw(q("SELECT v FROM t"))).rows).toEqual([["audit"]]);
  });

  it("after a failed COMMIT, rollback() leaves the connection outside any transaction", async () => {
    const tx = await adapter.startTransaction();
    await tx.executeRaw(q("INSERT INTO t VALUES ('half')"));
    await tx.rollback(); // Prisma's path when its COMMIT statement failed: no ROLLBACK statement sent
    const next = await adapter.startTransaction(); // would fail: "cannot start a transaction within a transaction"
    await next.executeRaw(q("COMMIT"));
    await next.commit();
    expect(await count(adapter)).toBe(0);
  });
});
