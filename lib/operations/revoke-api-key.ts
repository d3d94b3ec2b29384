import "server-only";
// An admin (or the CLI) revokes an API key.
import { securityActions } from "../audit/event-kinds";
import { systemActor } from "../data/audit";
import { type AuditActor } from "../data/audit";
import { AppError } from "../errors";
import { withAudit } from "../data/writes/audit-append";

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
