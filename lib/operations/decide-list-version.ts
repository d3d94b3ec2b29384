import "server-only";
// An admin decides a quarantined list version: approve (with a typed reason) puts it in force, reject sets it
// aside; the decision and its audit entry commit together.
import { listVersionStanding } from "../data/list-versions";
import { AppError } from "../errors";
import { appendAuditIn, inAuditedTransaction } from "../data/writes/audit-append";

/** Shortest reason accepted for putting a quarantined version in force: a word or two is not a reason. */
export const MIN_APPROVAL_REASON = 10;

/**
 * An admin's decision on a quarantined version: approve makes it current, reject sets it aside. Approving
 * needs a typed reason (the gates quarantined it for a cause); the decision and its audit entry, with the
 * reason and the quarantine reasons it overrode, commit in one transaction.
 */
export async function decideQuarantined(
  id: string,
  decision: "approve" | "reject",
  actor: { id: string; email: string },
  reason = "",
): Promise<{ label: string; before: string; after: string }> {
  const why = reason.trim();
  if (decision === "approve" && why.length < MIN_APPROVAL_REASON)
    throw new AppError(
      "INVALID_INPUT",
      `Approving a quarantined list version needs a reason (at least ${MIN_APPROVAL_REASON} characters): say why its changes are safe to put in force.`,
    );
  const v = await listVersionStanding(id);
  if (!v) throw new AppError("NOT_FOUND", "No such list version.");
  if (v.status !== "quarantined")
    throw new AppError("CONFLICT", `This version is ${v.status}, not quarantined: there is nothing to decide.`);
  const after = decision === "approve" ? "current" : "rejected";
  await inAuditedTransaction(async (tx) => {
    // the status check inside the transaction makes two admins deciding at once safe: the second changes nothing
    const claimed = await tx.listVersion.updateMany({
      where: { id, status: "quarantined" },
      data: { status: after, approvedById: actor.id, approvedAt: new Date() },
    });
    if (claimed.count !== 1) throw new AppError("CONFLICT", "Someone else decided on this version a moment ago.");
    if (after === "current")
      await tx.listVersion.updateMany({
        where: { listKind: v.listKind, status: "current", id: { not: id } },
        data: { status: "superseded" },
      });
    await appendAuditIn(tx, actor, {
      action: decision === "approve" ? "list-version.approved" : "list-version.rejected",
      entityType: "list-version",
      entityId: id,
      before: { status: "quarantined", quarantineReason: v.quarantineReason },
      after: { status: after, reason: why || null },
    });
  });
  return { label: v.label, before: "quarantined", after };
}
