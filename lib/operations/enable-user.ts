import "server-only";
// An admin enables a disabled user again.
import { securityActions } from "../audit/event-kinds";
import { type AuditActor } from "../data/audit";
import { AppError } from "../errors";
import { userToActOn } from "./user-to-act-on";
import { withAudit } from "../data/writes/audit-append";

export async function enableUser(userId: string, actor: AuditActor): Promise<{ email: string }> {
  return withAudit(
    actor,
    async (tx) => {
      const user = await userToActOn(tx, userId, actor, "enable");
      if (!user.disabledAt) throw new AppError("CONFLICT", `${user.email} is not disabled.`);
      await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
      return { email: user.email };
    },
    (r) => ({ action: securityActions.userEnabled, entityType: "user", entityId: userId, after: { email: r.email } }),
  );
}
