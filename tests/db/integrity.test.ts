import { describe, expect, it } from "vitest";
import { db, dbConfig } from "@/lib/db";
import { verifyAuditChain } from "@/lib/data/audit";
import { bulkTransaction } from "@/lib/data/writes/bulk";
import { toListedEntry } from "@/lib/lists/csl";
import { suiteConfig } from "./database";
import { createUser } from "@/lib/operations/create-user";
import { changeUserRole } from "@/lib/operations/change-user-role";
import { createApiKey } from "@/lib/operations/create-api-key";
import { revokeApiKey } from "@/lib/operations/revoke-api-key";
import { appendAudit } from "@/lib/data/writes/audit-append";
import { insertListVersion } from "@/lib/data/writes/list-versions";
import { userForApiKey } from "@/lib/data/writes/api-key-use";

describe(`data integrity (${suiteConfig().provider})`, () => {
  it("chains audit entries, and the database refuses to update or delete them", async () => {
    await appendAudit({ id: null, email: "test" }, { action: "test.one", entityType: "test", after: { n: 1 } });
    await appendAudit(
      { id: null, email: "test" },
      { action: "test.two", entityType: "test", before: { n: 1 }, after: { n: 2 } },
    );
    const verified = await verifyAuditChain();
    expect(verified.problems).toEqual([]);
    expect(verified.entries).toBeGreaterThanOrEqual(3);
    await expect(db().$executeRawUnsafe(`UPDATE "audit_log" SET "action" = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "audit_log"`)).rejects.toThrow(/append-only/);
  });

  it("detects a row edited behind the application's back (trigger dropped by someone with database access)", async () => {
    const pg = dbConfig().provider === "postgresql";
    await db().$executeRawUnsafe(
      pg
        ? `ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update_delete"`
        : `DROP TRIGGER "audit_log_no_update"`,
    );
    try {
      const target = await db().auditLog.findFirstOrThrow({ where: { action: "test.two" } });
      await db().$executeRawUnsafe(`UPDATE "audit_log" SET "actorEmail" = 'someone-else' WHERE "seq" = ${target.seq}`);
      expect((await verifyAuditChain()).problems).toEqual([
        { seq: target.seq, problem: "content does not match its hash (the row was edited)" },
      ]);
      await db().$executeRawUnsafe(`UPDATE "audit_log" SET "actorEmail" = 'test' WHERE "seq" = ${target.seq}`);
      expect((await verifyAuditChain()).problems).toEqual([]);
    } finally {
      await db().$executeRawUnsafe(
        pg
          ? `ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update_delete"`
          : `CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log" BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END`,
      );
    }
  });

  it("keeps the chain linear when appends race", async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        appendAudit({ id: null, email: "race" }, { action: "test.race", entityType: "test", entityId: String(i) }),
      ),
    );
    expect((await verifyAuditChain()).problems).toEqual([]);
  });

  it("writes a list version all or nothing", async () => {
    const before = await db().listVersion.count();
    const good = toListedEntry(
      { source: "Entity List (EL) - Bureau of Industry and Security", name: "Atomicity Test Co", addresses: "CN" },
      2,
    );
    const bad = { ...good, name: null as unknown as string }; // violates NOT NULL half-way through
    await expect(
      insertListVersion(
        {
          listKind: "internal",
          label: "broken",
          status: "current",
          publishedOn: null,
          fileName: "x.csv",
          fileSha256: "0",
        },
        [good, bad],
      ),
    ).rejects.toThrow();
    expect(await db().listVersion.count()).toBe(before);
    expect(await db().listedEntry.count({ where: { name: "Atomicity Test Co" } })).toBe(0);
  });

  it("rolls back a bulk transaction when the callback throws", async () => {
    await expect(
      bulkTransaction(async (w) => {
        await w.insert("setting", ["key", "value", "updatedAt"], [["rollback-probe", { a: 1 }, new Date()]]);
        throw new Error("stop");
      }, dbConfig()),
    ).rejects.toThrow("stop");
    expect(await db().setting.count({ where: { key: "rollback-probe" } })).toBe(0);
  });

  it("refuses a second user with the same email", async () => {
    await createUser({ name: "Dup", email: "dup@example.com", role: "analyst", password: "long-enough-pw" });
    await expect(
      createUser({ name: "Dup2", email: "DUP@example.com", role: "admin", password: "long-enough-pw" }),
    ).rejects.toThrow("already exists");
  });

  it("ends a user's sessions when their role changes", async () => {
    const u = await createUser({
      name: "Role",
      email: "role-change@example.com",
      role: "analyst",
      password: "long-enough-pw",
    });
    await db().session.create({
      data: { id: `s-${u.id}`, token: `t-${u.id}`, userId: u.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    expect(await changeUserRole(u.id, "compliance")).toEqual({
      before: "analyst",
      after: "compliance",
      email: "role-change@example.com",
    });
    expect(await db().session.count({ where: { userId: u.id } })).toBe(0);
  });

  it("stores API keys hashed, scoped to a role and revocable", async () => {
    const u = await createUser({ name: "Key", email: "key@example.com", role: "admin", password: "long-enough-pw" });
    const { id, key } = await createApiKey(u.id, "ci", "analyst");
    expect(await db().apiKey.count({ where: { keyHash: key } })).toBe(0);
    expect((await userForApiKey(key))?.role).toBe("analyst");
    await revokeApiKey(id);
    expect(await userForApiKey(key)).toBeNull();
  });
});
