// Issue 21 (#4, #6, #7) and issue 18 (#10): API keys never outrank their owner, expire and are revoked; admins
// disable, delete (or anonymise) users and reset passwords; security events land in the audit chain; uploads
// belong to their uploader. Every admin change is audited in the same transaction as the change.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { listApiKeys } from "@/lib/data/api-keys";
import { listAudit, verifyAuditChain } from "@/lib/data/audit";
import { flushSecurityEvents } from "@/lib/data/writes/security-events";
import { secureUploadsDir, uploadsDir } from "@/lib/uploads/permissions";
import { suiteConfig } from "./database";
import { createUser } from "@/lib/operations/create-user";
import { changeUserRole } from "@/lib/operations/change-user-role";
import { disableUser } from "@/lib/operations/disable-user";
import { enableUser } from "@/lib/operations/enable-user";
import { deleteUser } from "@/lib/operations/delete-user";
import { resetPassword } from "@/lib/operations/reset-password";
import { createApiKey } from "@/lib/operations/create-api-key";
import { revokeApiKey } from "@/lib/operations/revoke-api-key";
import { userForApiKey } from "@/lib/data/writes/api-key-use";

// Server actions read the request's headers through next/headers: here they are whatever a test sets.
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));

const admin = { id: "sec-admin", email: "sec-admin@test" };
const bearer = (key: string, url = "http://localhost/api/determinations", method = "POST") =>
  new Request(url, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: method === "GET" ? undefined : "{}",
  });
const entries = async (action: string, entityId?: string) =>
  (await listAudit(1000, { actions: [action] })).filter((e) => entityId === undefined || e.entityId === entityId);
const mkUser = (email: string, role: "analyst" | "compliance" | "executive" | "admin") =>
  createUser({ name: email.split("@")[0]!, email, role, password: "long-enough-pw-1" });

afterAll(async () => {
  const { problems } = await verifyAuditChain();
  expect(problems).toEqual([]);
});

describe(`API keys keep to their owner's current standing (${suiteConfig().provider})`, () => {
  it("a key stops working when its owner is demoted below the key's role, and works again when promoted back", async () => {
    const u = await mkUser("key-demoted@test", "compliance");
    const { key } = await createApiKey(u.id, "ERP", "compliance", { actor: admin });
    expect((await userForApiKey(key))?.role).toBe("compliance");
    await changeUserRole(u.id, "analyst", admin);
    expect(await userForApiKey(key)).toBeNull();
    const { POST } = await import("@/app/api/v1/determinations/route");
    expect((await POST(bearer(key))).status).toBe(401);
    await changeUserRole(u.id, "compliance", admin);
    expect((await userForApiKey(key))?.role).toBe("compliance");
  });

  it("an admin's key acts with the key's role, never more", async () => {
    const u = await mkUser("key-admin-owner@test", "admin");
    const { key } = await createApiKey(u.id, "BI", "executive", { actor: admin });
    expect((await userForApiKey(key))?.role).toBe("executive");
    const { POST } = await import("@/app/api/v1/determinations/route");
    expect((await POST(bearer(key))).status).toBe(403);
  });

  it("refuses to create a key with more rights than its owner, or for a disabled owner", async () => {
    const u = await mkUser("key-too-high@test", "analyst");
    await expect(createApiKey(u.id, "x", "admin", { actor: admin })).rejects.toThrow(
      "A key cannot have more rights than its owner: key-too-high@test is analyst",
    );
    await expect(createApiKey(u.id, "x", "analyst", { days: 366, actor: admin })).rejects.toThrow("1 to 365 days");
    await disableUser(u.id, admin);
    await expect(createApiKey(u.id, "x", "analyst", { actor: admin })).rejects.toThrow("is disabled");
  });

  it("expires: at its expiry, and 90 days after creation for a key stored without one", async () => {
    const u = await mkUser("key-expiry@test", "analyst");
    const made = new Date(Date.now() - 31 * 86_400_000);
    const { key } = await createApiKey(u.id, "short", "analyst", { days: 30, now: made, actor: admin });
    expect(await userForApiKey(key)).toBeNull();
    const fresh = await createApiKey(u.id, "legacy", "analyst", { actor: admin });
    await db().apiKey.update({
      where: { id: fresh.id },
      data: { expiresAt: null, createdAt: new Date(Date.now() - 91 * 86_400_000) },
    });
    expect(await userForApiKey(fresh.key)).toBeNull();
    const rows = await listApiKeys();
    expect(rows.find((r) => r.id === fresh.id)?.status).toBe("expired");
  });

  it("is revoked at once, audited, and listed with owner, label, role and status", async () => {
    const u = await mkUser("key-revoke@test", "executive");
    const { id, key, prefix } = await createApiKey(u.id, "Board pack", "executive", { actor: admin });
    expect(await db().apiKey.count({ where: { keyHash: key } })).toBe(0); // only the hash is stored
    await revokeApiKey(id, admin);
    expect(await userForApiKey(key)).toBeNull();
    await expect(revokeApiKey(id, admin)).rejects.toThrow("already revoked");
    const row = (await listApiKeys()).find((r) => r.id === id)!;
    expect([row.prefix, row.label, row.role, row.ownerEmail, row.status]).toEqual([
      prefix,
      "Board pack",
      "executive",
      "key-revoke@test",
      "revoked",
    ]);
    const [created] = await entries("api-key.created", id);
    expect(created?.actorEmail).toBe(admin.email);
    expect(created?.after).toMatchObject({ owner: "key-revoke@test", role: "executive", label: "Board pack", prefix });
    expect(JSON.stringify(created?.after)).not.toContain(key);
    expect((await entries("api-key.revoked", id)).length).toBe(1);
  });
});

describe(`user administration (${suiteConfig().provider})`, () => {
  it("disabling ends sessions and stops keys at once; enabling restores keys; both audited", async () => {
    const u = await mkUser("disable-me@test", "compliance");
    const { key } = await createApiKey(u.id, "ERP", "compliance", { actor: admin });
    await db().session.create({
      data: { id: "sess-disable", token: "tok-disable", userId: u.id, expiresAt: new Date(Date.now() + 3600_000) },
    });
    await disableUser(u.id, admin);
    expect(await db().session.count({ where: { userId: u.id } })).toBe(0);
    expect(await userForApiKey(key)).toBeNull();
    await expect(disableUser(u.id, admin)).rejects.toThrow("already disabled");
    await expect(disableUser(admin.id, admin)).rejects.toThrow("You cannot disable your own account");
    await enableUser(u.id, admin);
    expect((await userForApiKey(key))?.role).toBe("compliance");
    expect((await entries("user.disabled", u.id))[0]?.after).toMatchObject({
      email: "disable-me@test",
      sessionsEnded: 1,
    });
    expect((await entries("user.enabled", u.id)).length).toBe(1);
  });

  it("a disabled user cannot sign in; the refusal is a security event with the reason", async () => {
    await mkUser("disabled-signin@example.com", "analyst");
    const u = await db().user.findUniqueOrThrow({ where: { email: "disabled-signin@example.com" } });
    await disableUser(u.id, admin);
    const res = await signIn("disabled-signin@example.com", "long-enough-pw-1");
    expect(res.status).toBe(403);
    const failed = (await entries("auth.sign-in-failed")).filter(
      (e) => (e.after as { account?: string }).account === "disabled-signin@example.com",
    );
    expect(failed[0]?.after).toMatchObject({ reason: "account disabled", count: 1 });
  });

  it("deletes a user no audit entry names as the actor", async () => {
    const u = await mkUser("delete-me@test", "analyst");
    await createApiKey(u.id, "x", "analyst", { actor: admin });
    expect(await deleteUser(u.id, admin)).toEqual({ outcome: "deleted", email: "delete-me@test", actedEntries: 0 });
    expect(await db().user.count({ where: { id: u.id } })).toBe(0);
    expect(await db().apiKey.count({ where: { userId: u.id } })).toBe(0);
    expect((await entries("user.deleted", u.id))[0]?.before).toEqual({ email: "delete-me@test" });
  });

  it("anonymises a user who acted in audited changes, since the chain cannot change", async () => {
    const u = await mkUser("acted@test", "admin");
    await createApiKey(u.id, "acted key", "admin", { actor: { id: u.id, email: "acted@test" } });
    const r = await deleteUser(u.id, admin);
    expect(r).toEqual({ outcome: "anonymised", email: "acted@test", actedEntries: 1 });
    const row = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect([row.name, row.email, row.disabledAt !== null]).toEqual([
      "Deleted user",
      `deleted-${u.id}@deleted.invalid`,
      true,
    ]);
    expect(await db().account.count({ where: { userId: u.id } })).toBe(0);
    expect((await entries("user.anonymised", u.id))[0]?.after).toEqual({
      reason: "named as the actor in 1 audit entries",
    });
  });

  it("resets a password: a temporary one works once given, the user must change it, sessions end", async () => {
    await mkUser("reset-me@example.com", "analyst");
    const u = await db().user.findUniqueOrThrow({ where: { email: "reset-me@example.com" } });
    const { temporaryPassword } = await resetPassword(u.id, admin);
    expect(temporaryPassword).toMatch(/^[\w-]{16}$/);
    expect((await signIn("reset-me@example.com", "long-enough-pw-1")).status).toBe(401);
    const ok = await signIn("reset-me@example.com", temporaryPassword);
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get("set-cookie")!.split(";")[0]!;
    const asUser = new Request("http://localhost/api/determinations", { method: "POST", headers: { cookie } });
    await expect(requirePermission("data:read", asUser)).rejects.toThrow("Choose a new password first");
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).mustChangePassword).toBe(true);
    const audited = (await entries("user.password-reset", u.id))[0];
    expect(JSON.stringify(audited)).not.toContain(temporaryPassword);
  });
});

async function signIn(email: string, password: string, ip = "203.0.113.9"): Promise<Response> {
  const { POST } = await import("@/app/api/auth/[...all]/route");
  return POST(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe(`security events in the audit chain (${suiteConfig().provider})`, () => {
  it("records a sign-in with the client address, and a sign-out", async () => {
    const u = await mkUser("events-signin@example.com", "analyst");
    const res = await signIn("events-signin@example.com", "long-enough-pw-1");
    expect(res.status).toBe(200);
    const [entry] = await entries("auth.sign-in", u.id);
    expect(entry?.actorEmail).toBe("events-signin@example.com");
    // the address is whatever Better Auth resolves for the client (trusted proxies only); the field is always there
    expect(Object.keys(entry?.after as object)).toEqual(expect.arrayContaining(["ip", "userAgent"]));
    const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const out = await POST(
      new Request("http://localhost:3000/api/auth/sign-out", {
        method: "POST",
        headers: { cookie, origin: "http://localhost:3000", "content-type": "application/json" },
        body: "{}",
      }),
    );
    expect(out.status).toBe(200);
    expect((await entries("auth.sign-out", u.id)).length).toBe(1);
  });

  it("coalesces repeated failed sign-ins per account and address: one entry at once, one with the count after", async () => {
    await mkUser("events-fail@example.com", "analyst");
    for (let i = 0; i < 4; i++)
      expect((await signIn("events-fail@example.com", `wrong-password-${i}`, "198.51.100.7")).status).toBe(401);
    const mine = async () =>
      (await entries("auth.sign-in-failed")).filter(
        (e) => (e.after as { account?: string }).account === "events-fail@example.com",
      );
    expect((await mine()).map((e) => e.after)).toEqual([
      expect.objectContaining({ account: "events-fail@example.com", reason: "wrong email or password", count: 1 }),
    ]);
    await flushSecurityEvents();
    const after = (await mine()).map((e) => e.after as { count: number; repeated?: boolean });
    expect(after.map((a) => a.count)).toEqual([3, 1]); // newest first: the summary of 3 repeats, then the first
    expect(after[0]?.repeated).toBe(true);
  });

  it("records a refusal with the role, the permission and the route; repeats are coalesced", async () => {
    const u = await mkUser("events-refused@test", "executive");
    const { key } = await createApiKey(u.id, "BI", "executive", { actor: admin });
    const { POST } = await import("@/app/api/v1/determinations/route");
    expect((await POST(bearer(key))).status).toBe(403);
    expect((await POST(bearer(key))).status).toBe(403);
    await flushSecurityEvents();
    const refusals = (await entries("access.refused")).filter((e) => e.actorEmail === "events-refused@test");
    expect(refusals.map((e) => e.after)).toEqual([
      expect.objectContaining({
        role: "executive",
        attempted: "boms:check",
        target: "POST /api/determinations",
        count: 1,
        repeated: true,
      }),
      { role: "executive", attempted: "boms:check", target: "POST /api/determinations", count: 1 },
    ]);
  });

  it("a server action checks the role itself and records the refusal with the page it was sent from", async () => {
    const u = await mkUser("events-action@test", "executive");
    const victim = await mkUser("events-victim@test", "analyst");
    const { key } = await createApiKey(u.id, "BI", "executive", { actor: admin });
    requestHeaders.current = new Headers({
      authorization: `Bearer ${key}`,
      referer: "http://localhost:3000/admin/users",
      "next-action": "7f00",
    });
    const { disableUserAction } = await import("@/app/(dashboard)/admin/users/actions");
    const form = new FormData();
    form.set("userId", victim.id);
    expect(await disableUserAction({ ok: false, message: "" }, form)).toEqual({
      ok: false,
      message: "The executive role may not do this (users:manage).",
    });
    expect((await db().user.findUniqueOrThrow({ where: { id: victim.id } })).disabledAt).toBeNull();
    const [refusal] = (await entries("access.refused")).filter((e) => e.actorEmail === "events-action@test");
    expect(refusal?.after).toEqual({
      role: "executive",
      attempted: "users:manage",
      target: "server action on /admin/users",
      count: 1,
    });
  });

  it("records a rename through Better Auth's update-user, with the names before and after", async () => {
    const u = await mkUser("events-rename@example.com", "analyst");
    const cookie = (await signIn("events-rename@example.com", "long-enough-pw-1")).headers
      .get("set-cookie")!
      .split(";")[0]!;
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const res = await POST(
      new Request("http://localhost:3000/api/auth/update-user", {
        method: "POST",
        headers: { cookie, origin: "http://localhost:3000", "content-type": "application/json" },
        body: JSON.stringify({ name: "Renamed Person" }),
      }),
    );
    expect(res.status).toBe(200);
    const [entry] = await entries("user.renamed", u.id);
    expect([entry?.before, entry?.after]).toEqual([{ name: "events-rename" }, { name: "Renamed Person" }]);
  });

  it("the Audit page's security filter selects these events only", async () => {
    const { actionsForKind } = await import("@/lib/audit/event-kinds");
    const rows = await listAudit(5000, { actions: actionsForKind("security") });
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => /^(auth|access|user|api-key)\./.test(r.action))).toBe(true);
  });
});

describe(`uploads belong to their uploader (${suiteConfig().provider})`, () => {
  it("another analyst, or an admin, gets 404 for someone else's upload; files are 0600 in a 0700 folder", async () => {
    const a = await mkUser("uploader-a@test", "analyst");
    const b = await mkUser("uploader-b@test", "analyst");
    const boss = await mkUser("uploader-admin@test", "admin");
    const ka = (await createApiKey(a.id, "a", "analyst", { actor: admin })).key;
    const kb = (await createApiKey(b.id, "b", "analyst", { actor: admin })).key;
    const kboss = (await createApiKey(boss.id, "boss", "admin", { actor: admin })).key;
    const { POST: upload } = await import("@/app/api/v1/imports/uploads/route");
    const res = await upload(
      new Request("http://localhost/api/v1/imports/uploads", {
        method: "POST",
        headers: {
          authorization: `Bearer ${ka}`,
          "content-type": "application/octet-stream",
          "x-file-name": "parties.csv",
          "x-file-type": "text/csv",
        },
        body: "name,country\nACME Ltd,DE\n",
      }),
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const { uploadId } = (await res.json()) as { uploadId: string };
    const file = path.join(uploadsDir(), `${uploadId}.upload`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(`${file}.json`).mode & 0o777).toBe(0o600);
    expect(fs.statSync(uploadsDir()).mode & 0o777).toBe(0o700);
    const params = Promise.resolve({ id: uploadId });
    const { POST: analyse } = await import("@/app/api/v1/imports/uploads/[id]/analyse/route");
    const { POST: commit } = await import("@/app/api/v1/imports/uploads/[id]/commit/route");
    const { GET: progress } = await import("@/app/api/v1/imports/uploads/[id]/progress/route");
    for (const k of [kb, kboss]) {
      expect((await analyse(bearer(k, "http://localhost/x"), { params })).status).toBe(404);
      expect((await commit(bearer(k, "http://localhost/x"), { params })).status).toBe(404);
      expect((await progress(bearer(k, "http://localhost/x", "GET"), { params })).status).toBe(404);
    }
    expect((await analyse(bearer(ka, "http://localhost/x"), { params })).status).toBe(200);
  });

  it("start-up tightens an uploads folder and files made world-readable before", () => {
    const dir = fs.mkdtempSync(path.join(uploadsDir(), "..", "old-uploads-"));
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(dir, "x.upload"), "a", { mode: 0o644 });
    secureUploadsDir(dir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, "x.upload")).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
