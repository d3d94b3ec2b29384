import "server-only";
// An admin removes a user: deleted when they never acted, anonymised when the audit trail names them.
import { securityActions } from "../audit/event-kinds";
import { type AuditActor } from "../data/audit";
import { type Removal } from "../data/users";
import { userToActOn } from "./user-to-act-on";
import { withAudit } from "../data/writes/audit-append";

/**
 * Deletes a user, or anonymises them when audit entries name them as the one who acted: the audit chain cannot
 * be edited, so those entries keep their user id, and the account row stays (renamed "Deleted user", email
 * replaced, disabled, password, sessions and API keys removed) so each id still resolves to an account. Entries
 * recorded so far keep the email they were written with: an append-only trail cannot forget it.
 */
export async function deleteUser(userId: string, actor: AuditActor): Promise<Removal> {
  return withAudit(
    actor,
    async (tx): Promise<Removal> => {
      const user = await userToActOn(tx, userId, actor, "delete");
      const actedEntries = await tx.auditLog.count({ where: { actorId: userId } });
      if (actedEntries === 0) {
        await tx.user.delete({ where: { id: userId } }); // sessions, credentials and keys go with it (cascade)
        return { outcome: "deleted", email: user.email, actedEntries };
      }
      await tx.session.deleteMany({ where: { userId } });
      await tx.account.deleteMany({ where: { userId } });
      await tx.apiKey.deleteMany({ where: { userId } });
      await tx.user.update({
        where: { id: userId },
        data: { name: "Deleted user", email: `deleted-${userId}@deleted.invalid`, image: null, disabledAt: new Date() },
      });
      return { outcome: "anonymised", email: user.email, actedEntries };
    },
    (r) => ({
      action: r.outcome === "deleted" ? securityActions.userDeleted : securityActions.userAnonymised,
      entityType: "user",
      entityId: userId,
      before: { email: r.email },
      after: r.outcome === "anonymised" ? { reason: `named as the actor in ${r.actedEntries} audit entries` } : null,
    }),
  );
}

/**
 * Replaces the password with a random temporary one, returned once (never stored or audited), ends the user's
 * sessions, and makes them choose a new password at the next sign-in.
 */
