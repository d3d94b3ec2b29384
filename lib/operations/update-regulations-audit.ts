import "server-only";
// The audit plumbing the regulation operations share (re-exported so they import it from one place).
export { withAudit, inAuditedTransaction, appendAuditIn } from "../data/writes/audit-append";
export type { AuditActor } from "../data/audit";
