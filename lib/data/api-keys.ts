import "server-only";
// API keys: stored as a SHA-256 of the key (the key itself is shown once), checked against the owner's current
// standing on every request (lib/auth/api-key-policy.ts). Creating and revoking are audited in the same
// transaction. This module depends on lib/auth's pure role rules only; lib/auth/session.ts depends on it, never
// the other way round.
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { isRole, type Role } from "../auth/roles";
import { apiKeyExpiry, effectiveExpiry, keyStanding, keyStatus, roleWithin } from "../auth/api-key-policy";
import { securityActions } from "../audit/event-kinds";
import { AppError } from "../errors";
import { withAudit, type AuditActor } from "./audit";

const LAST_USED_RESOLUTION_MS = 60_000;
const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");
const systemActor: AuditActor = { id: null, email: "system" };

export type ApiKeyUser = { id: string; email: string; name: string; role: Role };

/**
 * Creates a key for `userId` with `role` (no higher than the owner's), valid for `days` days (default 90, at most
 * 365). Only its hash is stored, so the returned key is the only copy.
 */
export async function createApiKey(
  userId: string,
  name: string,
  role: Role,
  options: { days?: number; actor?: AuditActor; now?: Date } = {},
): Promise<{ id: string; key: string; prefix: string; expiresAt: Date }> {
  const label = name.trim();
  if (!label || label.length > 120) throw new AppError("INVALID_INPUT", "Give the key a label of 1 to 120 characters.");
  let expiresAt: Date;
  try {
    expiresAt = apiKeyExpiry(options.now ?? new Date(), options.days);
  } catch (e) {
    throw new AppError("INVALID_INPUT", (e as Error).message);
  }
  const key = `ck_${randomBytes(24).toString("base64url")}`;
  const prefix = key.slice(0, 10);
  return withAudit(
    options.actor ?? systemActor,
    async (tx) => {
      const owner = await tx.user.findUnique({
        where: { id: userId },
        select: { role: true, disabledAt: true, email: true },
      });
      if (!owner) throw new AppError("NOT_FOUND", "No such user.");
      if (owner.disabledAt)
        throw new AppError("INVALID_INPUT", `${owner.email} is disabled: enable the account first.`);
      if (!isRole(owner.role) || !roleWithin(owner.role, role))
        throw new AppError(
          "INVALID_INPUT",
          `A key cannot have more rights than its owner: ${owner.email} is ${owner.role}, so the key's role must be ${owner.role}.`,
        );
      const row = await tx.apiKey.create({
        data: { userId, name: label, role, prefix, keyHash: hashKey(key), expiresAt },
        select: { id: true },
      });
      return { id: row.id, key, prefix, expiresAt, ownerEmail: owner.email };
    },
    (r) => ({
      action: securityActions.keyCreated,
      entityType: "api-key",
      entityId: r.id,
      after: { owner: r.ownerEmail, label, role, prefix, expiresAt: expiresAt.toISOString() },
    }),
  ).then(({ id, key: k, prefix: p, expiresAt: e }) => ({ id, key: k, prefix: p, expiresAt: e }));
}

/** Revokes a key at once; revoking a revoked key is refused, so the audit trail records each key's end once. */
export async function revokeApiKey(
  id: string,
  actor: AuditActor = systemActor,
): Promise<{ prefix: string; owner: string }> {
  return withAudit(
    actor,
    async (tx) => {
      const row = await tx.apiKey.findUnique({
        where: { id },
        select: { prefix: true, name: true, revokedAt: true, user: { select: { email: true } } },
      });
      if (!row) throw new AppError("NOT_FOUND", "No such API key.");
      if (row.revokedAt) throw new AppError("CONFLICT", `The key ${row.prefix}… was already revoked.`);
      await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
      return { prefix: row.prefix, owner: row.user.email, label: row.name };
    },
    (r) => ({
      action: securityActions.keyRevoked,
      entityType: "api-key",
      entityId: id,
      after: { owner: r.owner, label: r.label, prefix: r.prefix },
    }),
  ).then(({ prefix, owner }) => ({ prefix, owner }));
}

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
