import "server-only";
// The one place that answers "who is this and may they do that?". Every page, server action and route
// handler calls one of these first: authorisation is checked where the data is touched, never only in the UI.
// A refusal of a signed-in caller is a security event (audited, coalesced, logged); anonymous ones are logged only,
// so anonymous clients cannot grow the audit chain.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "../errors";
import { auth } from "./auth";
import { can, canOpen, isRole, type Area, type Permission, type Role } from "./roles";
import { userForApiKey } from "../data/writes/api-key-use";
import { logSecurityEvent, recordRefusal } from "../data/writes/security-events";

export type SessionUser = { id: string; email: string; name: string; role: Role; mustChangePassword?: boolean };

export const CHANGE_PASSWORD_PATH = "/account/password";

async function userFromHeaders(h: Headers): Promise<SessionUser | null> {
  const authorization = h.get("authorization");
  if (authorization?.startsWith("Bearer ")) return userForApiKey(authorization.slice("Bearer ".length).trim());
  const session = await auth().api.getSession({ headers: h });
  if (!session) return null;
  const user = session.user as { role?: unknown; disabledAt?: unknown; mustChangePassword?: unknown };
  if (!isRole(user.role)) return null; // a user without a valid role has no access at all (fail closed)
  if (user.disabledAt) return null; // disabling ends sessions at once; this covers one read in the same instant
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword === true,
  };
}

export async function currentUser(): Promise<SessionUser | null> {
  return userFromHeaders(await headers());
}

function targetOf(from: Request | Headers): string {
  if (from instanceof Request) return `${from.method} ${new URL(from.url).pathname}`;
  const referer = from.get("referer");
  let page = "";
  try {
    page = referer ? new URL(referer).pathname : "";
  } catch {
    page = "";
  }
  return from.get("next-action") ? `server action on ${page || "unknown page"}` : page || "unknown";
}

/**
 * For server actions and route handlers: throws UNAUTHENTICATED or FORBIDDEN. Route handlers pass their Request
 * (so a refusal names the route); server actions pass nothing and are named by the page they were sent from.
 */
export async function requirePermission(permission: Permission, from?: Request | Headers): Promise<SessionUser> {
  const h = from instanceof Request ? from.headers : (from ?? (await headers()));
  const user = await userFromHeaders(h);
  if (!user) {
    logSecurityEvent("access.unauthenticated", { attempted: permission, target: targetOf(from ?? h) });
    throw new AppError("UNAUTHENTICATED", "Sign in first.");
  }
  if (user.mustChangePassword)
    throw new AppError("FORBIDDEN", "Choose a new password first (an administrator reset it).");
  if (!can(user.role, permission)) {
    await recordRefusal(user, permission, targetOf(from ?? h));
    throw new AppError("FORBIDDEN", `The ${user.role} role may not do this (${permission}).`);
  }
  return user;
}

/** For pages: anonymous visitors go to sign-in, a role without access to the area sees the 403 page. */
export async function requireArea(area: Area, nextPath: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(nextPath)}`);
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (!canOpen(user.role, area)) {
    await recordRefusal(user, `open ${area}`, `page ${nextPath}`);
    redirect(`/forbidden?area=${area}`);
  }
  return user;
}

export type { Role };
