import "server-only";
// The user an admin's change acts on, read inside the change's transaction: never the admin's own account.
import type { AuditActor, Tx } from "../data/audit";
import { AppError } from "../errors";

export async function userToActOn(tx: Tx, userId: string, actor: AuditActor | undefined, verb: string) {
  if (actor?.id && actor.id === userId) throw new AppError("INVALID_INPUT", `You cannot ${verb} your own account.`);
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { role: true, email: true, disabledAt: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
  return user;
}
