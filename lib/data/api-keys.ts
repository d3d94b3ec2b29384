import "server-only";
// API keys: stored as a SHA-256 of the key (the key itself is shown once), checked against the owner's current
// standing on every request (lib/auth/api-key-policy.ts). Creating and revoking are lib/operations/create-api-key.ts
// and revoke-api-key.ts. This module depends on lib/auth's pure role rules only; lib/auth/session.ts depends on it, never
// the other way round.
import { createHash } from "node:crypto";
import { db } from "../db";
import { isRole, type Role } from "../auth/roles";
import { effectiveExpiry, keyStatus } from "../auth/api-key-policy";

export const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

export type ApiKeyUser = { id: string; email: string; name: string; role: Role };

export type ApiKeyRow = {
  id: string;
  prefix: string;
  label: string;
  role: string;
  ownerId: string;
  ownerEmail: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date;
  revokedAt: Date | null;
  status: string;
};

/** Every key, newest first, with what it may do now (active, expired, revoked, suspended ...). */
export async function listApiKeys(now = new Date()): Promise<ApiKeyRow[]> {
  const rows = await db().apiKey.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      prefix: true,
      name: true,
      role: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, role: true, disabledAt: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    prefix: r.prefix,
    label: r.name,
    role: r.role,
    ownerId: r.user.id,
    ownerEmail: r.user.email,
    createdAt: r.createdAt,
    lastUsedAt: r.lastUsedAt,
    expiresAt: effectiveExpiry(r),
    revokedAt: r.revokedAt,
    status: keyStatus(r, r.user, now, isRole),
  }));
}
