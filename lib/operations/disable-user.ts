import "server-only";
// An admin disables a user: their sessions end and they cannot sign in until enabled again.
import { securityActions } from "../audit/event-kinds";
import { type AuditActor } from "../data/audit";
import { AppError } from "../errors";
import { userToActOn } from "./user-to-act-on";
import { withAudit } from "../data/writes/audit-append";

export async function disableUser(userId: string, actor: AuditActor): Promise<{ email: string }> {
  return withAudit(
    actor,
    async (tx) => {
      const user = await userToActOn(tx, userId, actor, "disable");
      if (user.disabledAt) throw new AppError("CONFLICT", `${user.email} is already disabled.`);
      await tx.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
      const sessions = await tx.session.deleteMany({ where: { userId } });
      return { email: user.email, sessionsEnded: sessions.count };
    },
    (r) => ({
      action: securityActions.userDisabled,
      entityType: "user",
      entityId: userId,
      after: { email: r.email, sessionsEnded: r.sessionsEnded },
    }),
  );
}
