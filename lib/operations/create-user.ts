import "server-only";
// An admin creates a user (or the seed does, without an actor: then nothing is audited).
import { hashPassword } from "better-auth/crypto";
import { type Role } from "../auth/roles";
import { securityActions } from "../audit/event-kinds";
import { type AuditActor, type AuditEvent, type Tx } from "../data/audit";
import { newId } from "../data/writes/bulk";
import { userIdByEmail, userSelect, type UserRow } from "../data/users";
import { AppError } from "../errors";
import { inTransaction, withAudit } from "../data/writes/audit-append";

/** Without an actor (the seed) nothing is audited; every admin change passes one. */
export async function changeAsAdmin<T>(
  actor: AuditActor | undefined,
  fn: (tx: Tx) => Promise<T>,
  event: (r: T) => AuditEvent,
): Promise<T> {
  if (!actor) return inTransaction(fn);
  return withAudit(actor, fn, event);
}

/** Creates a user with an email/password credential (scrypt hash, as Better Auth verifies it). */
export async function createUser(
  input: { name: string; email: string; role: Role; password: string },
  actor?: AuditActor,
): Promise<UserRow> {
  const email = input.email.trim().toLowerCase();
  const existing = await userIdByEmail(email);
  if (existing) throw new AppError("CONFLICT", `A user with the email ${email} already exists.`);
  const id = newId();
  const password = await hashPassword(input.password);
  const user = await changeAsAdmin(
    actor,
    (tx) =>
      tx.user.create({
        data: {
          id,
          name: input.name,
          email,
          role: input.role,
          emailVerified: true,
          accounts: { create: { id: newId(), accountId: id, providerId: "credential", password } },
        },
        select: userSelect,
      }),
    (u) => ({
      action: securityActions.userCreated,
      entityType: "user",
      entityId: u.id,
      after: { email: u.email, role: u.role },
    }),
  );
  return { ...user, role: input.role };
}
