import "server-only";
import { hashPassword } from "better-auth/crypto";
import { db } from "../db";
import { isRole, type Role } from "../auth/roles";
import { AppError } from "../errors";
import { newId } from "./bulk";

export type UserRow = { id: string; name: string; email: string; role: Role; createdAt: Date };

/** Creates a user with an email/password credential (scrypt hash, as Better Auth verifies it). */
export async function createUser(input: { name: string; email: string; role: Role; password: string }): Promise<UserRow> {
  const email = input.email.trim().toLowerCase();
  const existing = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", `A user with the email ${email} already exists.`);
  const id = newId();
  const password = await hashPassword(input.password);
  const user = await db().user.create({
    data: { id, name: input.name, email, role: input.role, emailVerified: true, accounts: { create: { id: newId(), accountId: id, providerId: "credential", password } } },
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
  return { ...user, role: input.role };
}

export async function listUsers(): Promise<UserRow[]> {
  const rows = await db().user.findMany({ orderBy: { email: "asc" }, select: { id: true, name: true, email: true, role: true, createdAt: true } });
  return rows.filter((r): r is UserRow => isRole(r.role));
}

/** Changes a role and ends the user's sessions, so the new role applies at once. Returns the old role. */
export async function changeUserRole(userId: string, role: Role): Promise<{ before: string; after: Role; email: string }> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
  if (!user) throw new AppError("NOT_FOUND", "No such user.");
  await db().$transaction([db().user.update({ where: { id: userId }, data: { role } }), db().session.deleteMany({ where: { userId } })]);
  return { before: user.role, after: role, email: user.email };
}

export async function countUsers(): Promise<number> {
  return db().user.count();
}

/** Email by user id, for showing who decided or checked something; nulls and repeats are skipped. */
export async function emailsByUserId(ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  const users = wanted.length ? await db().user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } }) : [];
  return new Map(users.map((u) => [u.id, u.email]));
}
