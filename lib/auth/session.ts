import "server-only";
// The one place that answers "who is this and may they do that?". Every page, server action and route
// handler calls one of these first: authorisation is checked where the data is touched, never only in the UI.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "../errors";
import { auth } from "./auth";
import { can, canOpen, isRole, type Area, type Permission, type Role } from "./roles";
import { userForApiKey } from "../data/api-keys";

export type SessionUser = { id: string; email: string; name: string; role: Role };

async function userFromHeaders(h: Headers): Promise<SessionUser | null> {
  const authorization = h.get("authorization");
  if (authorization?.startsWith("Bearer ")) return userForApiKey(authorization.slice("Bearer ".length).trim());
  const session = await auth().api.getSession({ headers: h });
  if (!session) return null;
  const role = (session.user as { role?: unknown }).role;
  if (!isRole(role)) return null; // a user without a valid role has no access at all (fail closed)
  return { id: session.user.id, email: session.user.email, name: session.user.name, role };
}

export async function currentUser(): Promise<SessionUser | null> {
  return userFromHeaders(await headers());
}

/** For server actions and route handlers: throws UNAUTHENTICATED or FORBIDDEN. */
export async function requirePermission(permission: Permission, h?: Headers): Promise<SessionUser> {
  const user = h ? await userFromHeaders(h) : await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  if (!can(user.role, permission))
    throw new AppError("FORBIDDEN", `The ${user.role} role may not do this (${permission}).`);
  return user;
}

/** For pages: anonymous visitors go to sign-in, a role without access to the area sees the 403 page. */
export async function requireArea(area: Area, nextPath: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(nextPath)}`);
  if (!canOpen(user.role, area)) redirect(`/forbidden?area=${area}`);
  return user;
}

export type { Role };
