import "server-only";
// An admin gives a user a temporary password, to be changed at the next sign-in.
import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { securityActions } from "../audit/event-kinds";
import { type AuditActor } from "../data/audit";
import { newId } from "../data/writes/bulk";
import { userToActOn } from "./user-to-act-on";
import { withAudit } from "../data/writes/audit-append";

export async function resetPassword(
  userId: string,
  actor: AuditActor,
): Promise<{ email: string; temporaryPassword: string }> {
  const temporaryPassword = randomBytes(12).toString("base64url");
  const hash = await hashPassword(temporaryPassword);
  return withAudit(
    actor,
    async (tx) => {
      const user = await userToActOn(tx, userId, actor, "reset the password of");
      const updated = await tx.account.updateMany({
        where: { userId, providerId: "credential" },
        data: { password: hash },
      });
      if (updated.count === 0)
        await tx.account.create({
          data: { id: newId(), accountId: userId, providerId: "credential", userId, password: hash },
        });
      await tx.user.update({ where: { id: userId }, data: { mustChangePassword: true } });
      await tx.session.deleteMany({ where: { userId } });
      return { email: user.email, temporaryPassword };
    },
    (r) => ({
      action: securityActions.passwordReset,
      entityType: "user",
      entityId: userId,
      after: { email: r.email, mustChangePassword: true },
    }),
  );
}

/** Email by user id, for showing who decided or checked something; nulls and repeats are skipped. */
