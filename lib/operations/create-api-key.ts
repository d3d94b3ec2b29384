import "server-only";
// An admin (or the CLI) creates an API key for a user.
import { randomBytes } from "node:crypto";
import { apiKeyExpiry, roleWithin } from "../auth/api-key-policy";
import { isRole, type Role } from "../auth/roles";
import { securityActions } from "../audit/event-kinds";
import { hashKey } from "../data/api-keys";
import { systemActor } from "../data/audit";
import { type AuditActor } from "../data/audit";
import { AppError } from "../errors";
import { withAudit } from "../data/writes/audit-append";

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
