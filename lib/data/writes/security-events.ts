import "server-only";
// Security events: sign-ins (and failures), sign-outs, refused access, profile changes. Each one is a structured
// log line (one JSON object on stdout, `"log":"security"`) and an entry in the audit hash chain, so it has the
// chain's append-only guarantee. Failed sign-ins and refusals are coalesced (lib/audit/coalesce.ts): per account
// and client address (per user, action and target for refusals) the first in a minute is written at once and the
// repeats as one entry with their count when the minute ends, so a flood cannot grow the chain cheaply.
import { Coalescer } from "../../audit/coalesce";
import { securityActions } from "../../audit/event-kinds";
import { type AuditActor, type AuditEvent } from "../audit";
import { appendAudit } from "./audit-append";

type Pending = { actor: AuditActor; event: AuditEvent };
type State = { coalescer: Coalescer<Pending>; timer: ReturnType<typeof setInterval> | null };
const g = globalThis as unknown as { chokepointSecurityEvents?: State };
const state = (g.chokepointSecurityEvents ??= { coalescer: new Coalescer<Pending>(), timer: null });

export function logSecurityEvent(kind: string, fields: Record<string, unknown>): void {
  console.info(JSON.stringify({ log: "security", at: new Date().toISOString(), event: kind, ...fields }));
}

/** Writes an event; logging and auditing never fail the request they record (a failure is logged instead). */
async function write(actor: AuditActor, event: AuditEvent): Promise<void> {
  try {
    await appendAudit(actor, event);
  } catch (e) {
    console.error(
      JSON.stringify({ log: "security", event: "audit-write-failed", action: event.action, error: String(e) }),
    );
  }
}

function ensureTimer(): void {
  if (state.timer) return;
  state.timer = setInterval(() => void flushSecurityEvents(false), 10_000);
  state.timer.unref?.();
}

async function coalesced(key: string, overflowKey: string, actor: AuditActor, event: AuditEvent, now: Date) {
  const r = state.coalescer.record(key, now, { actor, event }, overflowKey);
  if (r.outcome === "repeat") return;
  ensureTimer();
  await write(actor, { ...event, after: { ...(event.after as object), count: 1 } });
}

/** Writes the summaries of coalescing windows that have ended (every open one with `all`, e.g. in tests). */
export async function flushSecurityEvents(all = true, now = new Date()): Promise<void> {
  for (const w of state.coalescer.drain(now, all)) {
    const { actor, event } = w.data;
    logSecurityEvent(event.action, { repeatsCoalesced: w.repeats, key: w.key });
    await write(actor, {
      ...event,
      after: {
        ...(event.after as object),
        count: w.repeats,
        repeated: true,
        firstAt: w.firstAt.toISOString(),
        lastAt: w.lastAt.toISOString(),
      },
    });
  }
  if (state.coalescer.size === 0 && state.timer) {
    clearInterval(state.timer);
    state.timer = null;
  }
}

export type SignInFailureReason = "wrong email or password" | "account disabled" | "rate limited" | "invalid request";

export async function recordSignIn(user: { id: string; email: string }, ip: string | null, userAgent: string | null) {
  logSecurityEvent(securityActions.signIn, { user: user.email, ip });
  await write(
    { id: user.id, email: user.email },
    { action: securityActions.signIn, entityType: "user", entityId: user.id, after: { ip, userAgent } },
  );
}

export async function recordSignInFailure(
  email: string,
  ip: string | null,
  reason: SignInFailureReason,
  now = new Date(),
) {
  const account = email.trim().toLowerCase().slice(0, 254);
  logSecurityEvent(securityActions.signInFailed, { account, ip, reason });
  await coalesced(
    `sign-in|${account}|${ip ?? "?"}`,
    `sign-in|*|${ip ?? "?"}`,
    { id: null, email: null },
    { action: securityActions.signInFailed, entityType: "user", entityId: null, after: { account, ip, reason } },
    now,
  );
}

export async function recordSignOut(user: { id: string; email: string }, ip: string | null) {
  logSecurityEvent(securityActions.signOut, { user: user.email, ip });
  await write(
    { id: user.id, email: user.email },
    { action: securityActions.signOut, entityType: "user", entityId: user.id, after: { ip } },
  );
}

/** A signed-in caller was refused: their role, what they tried (permission or area) and on what (route, page). */
export async function recordRefusal(
  user: { id: string; email: string; role: string },
  attempted: string,
  target: string,
  now = new Date(),
) {
  logSecurityEvent(securityActions.refused, { user: user.email, role: user.role, attempted, target });
  await coalesced(
    `refused|${user.id}|${attempted}|${target}`,
    `refused|${user.id}|*|*`,
    { id: user.id, email: user.email },
    {
      action: securityActions.refused,
      entityType: "access",
      entityId: target.slice(0, 200),
      after: { role: user.role, attempted, target },
    },
    now,
  );
}

export async function recordRename(user: { id: string; email: string }, before: string, after: string) {
  logSecurityEvent(securityActions.renamed, { user: user.email });
  await write(
    { id: user.id, email: user.email },
    {
      action: securityActions.renamed,
      entityType: "user",
      entityId: user.id,
      before: { name: before },
      after: { name: after },
    },
  );
}

export async function recordPasswordChange(user: { id: string; email: string }) {
  logSecurityEvent(securityActions.passwordChanged, { user: user.email });
  await write(
    { id: user.id, email: user.email },
    { action: securityActions.passwordChanged, entityType: "user", entityId: user.id },
  );
}
