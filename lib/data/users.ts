import "server-only";
// Users: created, re-roled, disabled, deleted (or anonymised) and given temporary passwords by admins. Each change
// made with an actor is audited in the same transaction as the change.
import { db } from "../db";
import { isRole, type Role } from "../auth/roles";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  disabledAt: Date | null;
  mustChangePassword: boolean;
};
export const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  createdAt: true,
  disabledAt: true,
  mustChangePassword: true,
} as const;

export async function listUsers(): Promise<UserRow[]> {
  const rows = await db().user.findMany({ orderBy: { email: "asc" }, select: userSelect });
  return rows.filter((r): r is UserRow => isRole(r.role));
}

export type Removal = { outcome: "deleted" | "anonymised"; email: string; actedEntries: number };

export async function emailsByUserId(ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  const users = wanted.length
    ? await db().user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } })
    : [];
  return new Map(users.map((u) => [u.id, u.email]));
}

export async function userIdByEmail(email: string): Promise<{ id: string } | null> {
  return db().user.findUnique({ where: { email }, select: { id: true } });
}
