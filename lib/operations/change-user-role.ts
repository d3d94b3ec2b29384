import "server-only";
// An admin changes a user's role.
import { type Role } from "../auth/roles";
import { securityActions } from "../audit/event-kinds";
import { changeAsAdmin } from "./create-user";
import { type AuditActor } from "../data/audit";
import { userToActOn } from "./user-to-act-on";

/** Changes a role and ends the user's sessions, so the new role applies at once. Returns the old role. */
export async function changeUserRole(
  userId: string,
  role: Role,
  actor?: AuditActor,
): Promise<{ before: string; after: Role; email: string }> {
  return changeAsAdmin(
    actor,
    async (tx) => {
      const user = await userToActOn(tx, userId, actor, "change the role of");
      await tx.user.update({ where: { id: userId }, data: { role } });
      await tx.session.deleteMany({ where: { userId } });
      return { before: user.role, after: role, email: user.email };
    },
    (r) => ({
      action: securityActions.roleChanged,
      entityType: "user",
      entityId: userId,
      before: { role: r.before },
      after: { role: r.after },
    }),
  );
}

/** Disables an account: its sessions end now, its API keys stop working, and sign-in is refused. */
