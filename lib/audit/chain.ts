// The audit log is a hash chain: each entry's hash covers its own content and the previous entry's hash,
// so editing, deleting or reordering any row breaks every hash after it.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type AuditContent = {
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

/** JSON with object keys sorted, so the same content always hashes the same whatever its key order. */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === "bigint") return v.toString();
      if (v && typeof v === "object" && !Array.isArray(v)) {
        return Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        );
      }
      return v;
    }) ?? "null"
  );
}

export function auditHash(prevHash: string, c: AuditContent): string {
  const body = canonicalJson([
    prevHash,
    c.at.toISOString(),
    c.actorId,
    c.actorEmail,
    c.action,
    c.entityType,
    c.entityId,
    c.before ?? null,
    c.after ?? null,
  ]);
  return createHash("sha256").update(body).digest("hex");
}

export type ChainRow = AuditContent & { seq: number; prevHash: string; hash: string };
export type ChainProblem = { seq: number; problem: string };

/** Checks rows in seq order; returns every break found (empty = intact). */
export function verifyChain(rows: readonly ChainRow[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let expectedPrev = GENESIS_HASH;
  for (const row of rows) {
    if (row.prevHash !== expectedPrev)
      problems.push({
        seq: row.seq,
        problem: "does not follow the previous entry (a row was removed, inserted or reordered)",
      });
    if (auditHash(row.prevHash, row) !== row.hash)
      problems.push({ seq: row.seq, problem: "content does not match its hash (the row was edited)" });
    expectedPrev = row.hash;
  }
  return problems;
}
