import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { isRole, type Role } from "../auth/roles";

const LAST_USED_RESOLUTION_MS = 60_000;
const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

/** Creates a key scoped to one role; only its hash is stored, so the key is shown once. */
export async function createApiKey(userId: string, name: string, role: Role): Promise<{ id: string; key: string }> {
  const key = `ck_${randomBytes(24).toString("base64url")}`;
  const row = await db().apiKey.create({ data: { userId, name, role, prefix: key.slice(0, 10), keyHash: hashKey(key) }, select: { id: true } });
  return { id: row.id, key };
}

export async function revokeApiKey(id: string): Promise<void> {
  await db().apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
}

export async function userForApiKey(key: string): Promise<{ id: string; email: string; name: string; role: Role } | null> {
  if (!key.startsWith("ck_")) return null;
  const row = await db().apiKey.findUnique({ where: { keyHash: hashKey(key) }, select: { id: true, role: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true } } } });
  if (!row || row.revokedAt || !isRole(row.role)) return null;
  // "last used" to the minute, written after the answer: a write per request would queue every API call
  // behind a long import's SQLite write lock, and bookkeeping must never fail the request it records
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    void db().apiKey.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } }).catch(() => {});
  }
  return { ...row.user, role: row.role };
}
