import "server-only";
import { db, type Db } from "../db";
import { verifyChain, type AuditContent, type ChainProblem } from "../audit/chain";

export type AuditActor = { id: string | null; email: string | null };
/** Changes the system makes on its own (reference data, interrupted imports, keys the seed creates). */
export const systemActor: AuditActor = { id: null, email: "system" };
export type AuditEvent = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** A Prisma client inside an interactive transaction: what `db().$transaction(async (tx) => ...)` passes. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** An entry as the audit page and the CLI list it: its content, without the actor's internal id. */
export type AuditRow = Omit<AuditContent, "actorId"> & { seq: number };

export type AuditFilter = {
  from?: string | null;
  to?: string | null;
  entityType?: string | null;
  entityIds?: string[];
  actions?: readonly string[] | null;
};

/** Newest first; `from`/`to` are dates (YYYY-MM-DD, inclusive, UTC). */
export async function listAudit(limit = 200, filter: AuditFilter = {}): Promise<AuditRow[]> {
  const at: { gte?: Date; lt?: Date } = {};
  if (filter.from && /^\d{4}-\d{2}-\d{2}$/.test(filter.from)) at.gte = new Date(`${filter.from}T00:00:00Z`);
  if (filter.to && /^\d{4}-\d{2}-\d{2}$/.test(filter.to))
    at.lt = new Date(Date.parse(`${filter.to}T00:00:00Z`) + 86_400_000);
  return db().auditLog.findMany({
    where: {
      ...(at.gte || at.lt ? { at } : {}),
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.entityIds ? { entityId: { in: filter.entityIds } } : {}),
      ...(filter.actions ? { action: { in: [...filter.actions] } } : {}),
    },
    orderBy: { seq: "desc" },
    take: limit,
    select: {
      seq: true,
      at: true,
      actorEmail: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
    },
  });
}

export async function verifyAuditChain(): Promise<{ entries: number; problems: ChainProblem[] }> {
  const rows = await db().auditLog.findMany({ orderBy: { seq: "asc" } });
  return { entries: rows.length, problems: verifyChain(rows) };
}
