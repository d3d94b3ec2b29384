import "server-only";
// Users: created, re-roled, disabled, deleted (or anonymised) and given temporary passwords by admins. Each change
// made with an actor is audited in the same transaction as the change.
import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db } from "../db";
import { isRole, type Role } from "../auth/roles";
import { securityActions } from "../audit/event-kinds";
import { AppError } from "../errors";
import { withAudit, type AuditActor, type AuditEvent, type Tx } from "./audit";
import { newId } from "./bulk";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  disabledAt: Date | null;
  mustChangePassword: boolean;
};
const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  createdAt: true,
  disabledAt: true,
  mustChangePassword: true,
} as const;

/** Without an actor (the seed) nothing is audited; every admin change passes one. */
async function change<T>(
  actor: AuditActor | undefined,
  fn: (tx: Tx) => Promise<T>,
  event: (r: T) => AuditEvent,
): Promise<T> {
  if (!actor) return db().$transaction((tx) => fn(tx));
  return withAudit(actor, fn, event);
}

/** Creates a user with an email/password credential (scrypt hash, as Better Auth verifies it). */
export async function createUser(
  input: { name: string; email: string; role: Role; password: string },
  actor?: AuditActor,
): Promise<UserRow> {
  const email = input.email.trim().toLowerCase();
  const existing = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", `A user with the email ${email} already exists.`);
  const id = newId();
  const password = await hashPassword(input.password);
  const user = await change(
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

export async function listUsers(): Promise<UserRow[]> {
  const rows = await db().user.findMany({ orderBy: { email: "asc" }, select: userSelect });
  return rows.filter((r): r is UserRow => isRole(r.role));
}

async function target(tx: Tx, userId: string, actor: AuditActor | undefined, verb: string) {
  if (actor?.id && actor.id === userId) throw new AppError("INVALID_INPUT", `You cannot ${verb} your own account.`);
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { role: true, email: true, disabledAt: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
  return user;
}

/** Changes a role and ends the user's sessions, so the new role applies at once. Returns the old role. */
export async function changeUserRole(
  userId: string,
  role: Role,
  actor?: AuditActor,
): Promise<{ before: string; after: Role; email: string }> {
  return change(
    actor,
    async (tx) => {
      const user = await target(tx, userId, actor, "change the role of");
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
export async function disableUser(userId: string, actor: AuditActor): Promise<{ email: string }> {
  return withAudit(
    actor,
    async (tx) => {
      const user = await target(tx, userId, actor, "disable");
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

export async function enableUser(userId: string, actor: AuditActor): Promise<{ email: string }> {
  return withAudit(
    actor,
    async (tx) => {
      const user = await target(tx, userId, actor, "enable");
      if (!user.disabledAt) throw new AppError("CONFLICT", `${user.email} is not disabled.`);
      await tx.user.update({ where: { id: userId }, data: { disabledAt: null } });
      return { email: user.email };
    },
    (r) => ({ action: securityActions.userEnabled, entityType: "user", entityId: userId, after: { email: r.email } }),
  );
}

export type Removal = { outcome: "deleted" | "anonymised"; email: string; actedEntries: number };

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
      const user = await target(tx, userId, actor, "delete");
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
export async function resetPassword(
  userId: string,
  actor: AuditActor,
): Promise<{ email: string; temporaryPassword: string }> {
  const temporaryPassword = randomBytes(12).toString("base64url");
  const hash = await hashPassword(temporaryPassword);
  return withAudit(
    actor,
    async (tx) => {
      const user = await target(tx, userId, actor, "reset the password of");
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
export async function emailsByUserId(ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  const users = wanted.length
    ? await db().user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } })
    : [];
  return new Map(users.map((u) => [u.id, u.email]));
}
