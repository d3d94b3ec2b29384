import "server-only";
// Better Auth hooks that record security events (lib/data/security-events.ts) and enforce account state:
// sign-in success and failure (with the account tried, the reason and the client address), sign-out, renames and
// password changes; a disabled account cannot start a session. The client address is Better Auth's own (getIP),
// so it follows whatever trusted-proxy settings auth.ts gives Better Auth, never a header it does not trust.
import { APIError, createAuthMiddleware, getIP, getSessionFromCtx, isAPIError } from "better-auth/api";
import type { BetterAuthOptions } from "better-auth";
import { db } from "../db";
import {
  recordPasswordChange,
  recordRename,
  recordSignIn,
  recordSignInFailure,
  recordSignOut,
  type SignInFailureReason,
} from "../data/writes/security-events";

type SessionUserRef = { id: string; email: string };
// Who is changing their password, seen before the endpoint runs (its cookies may change during it).
const passwordChangers = new WeakMap<object, SessionUserRef>();

function failureReason(e: { statusCode?: number; status?: unknown }): SignInFailureReason {
  if (e.statusCode === 403) return "account disabled";
  if (e.statusCode === 429) return "rate limited";
  if (e.statusCode === 400 || e.statusCode === 422) return "invalid request";
  return "wrong email or password";
}

const DISABLED_MESSAGE = "This account is disabled: ask an administrator.";

export const authHooks = {
  before: createAuthMiddleware(async (ctx) => {
    if (ctx.path === "/sign-out") {
      const session = await getSessionFromCtx(ctx).catch(() => null);
      const ip = getIP(ctx.request ?? ctx.headers ?? new Headers(), ctx.context.options);
      if (session) await recordSignOut({ id: session.user.id, email: session.user.email }, ip);
    }
    if (ctx.path === "/change-password") {
      const session = await getSessionFromCtx(ctx).catch(() => null);
      const key = ctx.request ?? ctx.headers;
      if (session && key) passwordChangers.set(key, { id: session.user.id, email: session.user.email });
    }
  }),
  after: createAuthMiddleware(async (ctx) => {
    const returned = ctx.context.returned;
    const ip = getIP(ctx.request ?? ctx.headers ?? new Headers(), ctx.context.options);
    if (ctx.path === "/sign-in/email") {
      // Better Auth types the body as `any`: only a string email is taken from it
      const body = ctx.body as { email?: unknown } | undefined;
      const email = typeof body?.email === "string" ? body.email : "";
      if (isAPIError(returned)) return void (await recordSignInFailure(email, ip, failureReason(returned)));
      const user = ctx.context.newSession?.user;
      if (user) await recordSignIn({ id: user.id, email: user.email }, ip, ctx.headers?.get("user-agent") ?? null);
    }
    if (ctx.path === "/change-password" && !isAPIError(returned)) {
      const key = ctx.request ?? ctx.headers;
      const who = key ? passwordChangers.get(key) : undefined;
      if (who) {
        await db().user.update({ where: { id: who.id }, data: { mustChangePassword: false } });
        await recordPasswordChange(who);
      }
    }
  }),
} satisfies BetterAuthOptions["hooks"];

export const authDatabaseHooks = {
  session: {
    create: {
      // Runs after the password was verified, so only someone who knows it learns that the account is disabled.
      before: async (session: { userId: string }) => {
        const user = await db().user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
        if (!user || user.disabledAt) throw new APIError("FORBIDDEN", { message: DISABLED_MESSAGE });
      },
    },
  },
  user: {
    update: {
      // The session in the endpoint's context was read before this update, so it holds the old name.
      after: async (
        user: { id: string; email: string; name: string },
        ctx: { context?: { session?: unknown } } | null,
      ) => {
        const before = (ctx?.context?.session as { user?: { name?: string } } | null | undefined)?.user?.name;
        if (before !== undefined && before !== user.name)
          await recordRename({ id: user.id, email: user.email }, before, user.name);
      },
    },
  },
} satisfies BetterAuthOptions["databaseHooks"];
