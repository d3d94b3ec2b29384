import "server-only";
// Appending to the hash-chained audit log: on its own, or inside the transaction of the change it records.
import { auditHash, GENESIS_HASH } from "../../audit/chain";
import { db, dbConfig } from "../../db";
import type { AuditActor, AuditEvent, Tx } from "../audit";
import type { BulkWriter } from "./bulk";
import { dieHereIfInjected } from "./fault-injection";

/**
 * Appends one entry on its own. prevHash is unique, so two concurrent appends cannot both follow the same row:
 * the loser retries on the new tail. Entries are only ever inserted (a database trigger refuses the rest).
 */
// Appends from this process run one at a time; the unique prevHash and the retry cover other processes.
let tail: Promise<unknown> = Promise.resolve();

export function appendAudit(actor: AuditActor, event: AuditEvent): Promise<void> {
  const next = tail.then(() => appendWithRetry(actor, event));
  tail = next.catch(() => {});
  return next;
}

async function appendWithRetry(actor: AuditActor, event: AuditEvent): Promise<void> {
  const attempts = 20;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await db().$transaction((tx) => appendAuditIn(tx, actor, event));
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== "P2002" || attempt === attempts - 1) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * (attempt + 1)));
    }
  }
}

// Any constant works: it names the one PostgreSQL advisory lock that audit appends queue on.
const AUDIT_LOCK_KEY = 727_001;

/**
 * Appends one entry inside the caller's transaction, so the change and its audit entry commit or roll back
 * together. On PostgreSQL a transaction-scoped advisory lock queues appenders, so a transaction never reads a
 * tail another one is about to replace; SQLite transactions already run one at a time.
 */
export async function appendAuditIn(tx: Tx, actor: AuditActor, event: AuditEvent): Promise<void> {
  dieHereIfInjected("before-audit-append");
  if (dbConfig().provider === "postgresql")
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const last = await tx.auditLog.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const entry = chainedEntry(last?.hash ?? GENESIS_HASH, actor, event);
  await tx.auditLog.create({
    data: { ...entry, before: entry.before ?? undefined, after: entry.after ?? undefined },
  });
}

/**
 * Appends one entry inside a bulk transaction (lib/data/bulk.ts: imports, determinations), the last write
 * before it commits, so the rows and their audit entry land together or not at all. Same lock and chain
 * as appendAuditIn.
 */
export async function appendAuditInBulk(w: BulkWriter, actor: AuditActor, event: AuditEvent): Promise<void> {
  dieHereIfInjected("before-audit-append");
  if (w.provider === "postgresql") await w.execute(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const last = await w.queryOne(`SELECT "hash" FROM "audit_log" ORDER BY "seq" DESC LIMIT 1`);
  const e = chainedEntry((last?.hash as string | undefined) ?? GENESIS_HASH, actor, event);
  await w.insert(
    "audit_log",
    ["at", "actorId", "actorEmail", "action", "entityType", "entityId", "before", "after", "prevHash", "hash"],
    [[e.at, e.actorId, e.actorEmail, e.action, e.entityType, e.entityId, e.before, e.after, e.prevHash, e.hash]],
  );
}

/** The next entry of the chain: its content as stored (JSON values as plain data) and its hash. */
function chainedEntry(prevHash: string, actor: AuditActor, event: AuditEvent) {
  // stored JSON is plain data: hash what a reader will get back (no Dates, no undefined members)
  const plain = (v: unknown) => (v == null ? null : (JSON.parse(JSON.stringify(v)) as object));
  const content = {
    at: new Date(),
    actorId: actor.id,
    actorEmail: actor.email,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    before: plain(event.before),
    after: plain(event.after),
  };
  return { ...content, prevHash, hash: auditHash(prevHash, content) };
}

/** Runs `change` and appends its audit entry in one transaction; the event can describe what `change` returned. */
export async function withAudit<T>(
  actor: AuditActor,
  change: (tx: Tx) => Promise<T>,
  event: (result: T) => AuditEvent,
): Promise<T> {
  return inAuditedTransaction(async (tx) => {
    const result = await change(tx);
    await appendAuditIn(tx, actor, event(result));
    return result;
  });
}

/** Runs `fn` in one transaction, with nothing to audit (the seed's own writes). */
export function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction((tx) => fn(tx));
}

/** Runs `fn` in a transaction, again (a few times) when its audit append lost a race for the chain's tail. */
export async function inAuditedTransaction<T>(
  fn: (tx: Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0]) => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await tail.then(() => db().$transaction(fn));
    } catch (e) {
      if ((e as { code?: string }).code !== "P2002" || attempt >= 10) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * (attempt + 1)));
    }
  }
}
