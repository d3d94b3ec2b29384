import "server-only";
// An API key presented with a request: who it acts for, and when it was last used (the one write here).
import { keyStanding } from "../../auth/api-key-policy";
import { isRole } from "../../auth/roles";
import { db } from "../../db";
import { hashKey, type ApiKeyUser } from "../api-keys";

const LAST_USED_RESOLUTION_MS = 60_000;

/** The user a key acts for, with the key's role, or null when the key is unknown or may no longer act. */
export async function userForApiKey(key: string, now = new Date()): Promise<ApiKeyUser | null> {
  if (!key.startsWith("ck_")) return null;
  const row = await db().apiKey.findUnique({
    where: { keyHash: hashKey(key) },
    select: {
      id: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!row) return null;
  const standing = keyStanding(row, row.user, now, isRole);
  if (!standing.ok) return null;
  // "last used" to the minute, written after the answer: a write per request would queue every API call
  // behind a long import's SQLite write lock, and bookkeeping must never fail the request it records
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    void db()
      .apiKey.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } })
      .catch(() => {});
  }
  return { id: row.user.id, email: row.user.email, name: row.user.name, role: standing.role };
}
