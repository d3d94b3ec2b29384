import "server-only";
// A person decides a quarantined regulation version: approve puts it in force (from its eCFR date on), reject
// sets it aside. Analysts and admins may decide, as they load reference data; the decision and its audit entry
// commit together, and two people deciding at once cannot both win.
import { getRegulationVersion } from "../data/regulations";
import { decideRegulationRow } from "../data/writes/regulations";
import { AppError } from "../errors";
import type { Role } from "../auth/roles";
import { appendAuditIn, inAuditedTransaction } from "./update-regulations-audit";

/** Who may approve or reject a quarantined regulation version (the CLI, run by whoever holds the database, too). */
export const REGULATION_DECIDERS: readonly Role[] = ["analyst", "admin"];
/** Shortest reason accepted for putting a quarantined version in force. */
export const MIN_REGULATION_APPROVAL_REASON = 10;

export type RegulationDecider = { id: string | null; email: string | null; role: Role | "cli" };

export async function decideRegulationVersion(
  id: string,
  decision: "approve" | "reject",
  actor: RegulationDecider,
  reason = "",
): Promise<{ id: string; before: "quarantined"; after: "active" | "rejected" }> {
  if (actor.role !== "cli" && !REGULATION_DECIDERS.includes(actor.role))
    throw new AppError(
      "FORBIDDEN",
      `Deciding a regulation version needs the analyst or admin role (you are ${actor.role}).`,
    );
  const why = reason.trim();
  if (decision === "approve" && why.length < MIN_REGULATION_APPROVAL_REASON)
    throw new AppError(
      "INVALID_INPUT",
      `Approving a quarantined regulation version needs a reason (at least ${MIN_REGULATION_APPROVAL_REASON} characters): say why its tables are right.`,
    );
  const v = await getRegulationVersion(id);
  if (!v) throw new AppError("NOT_FOUND", `No regulation version ${id}.`);
  if (v.status !== "quarantined")
    throw new AppError(
      "CONFLICT",
      `Regulation version ${id} is ${v.status}, not quarantined: there is nothing to decide.`,
    );
  const after = decision === "approve" ? "active" : "rejected";
  const who = { id: actor.id, email: actor.email };
  await inAuditedTransaction(async (tx) => {
    if (!(await decideRegulationRow(tx, id, after, who, why || null)))
      throw new AppError("CONFLICT", `Someone else decided on regulation version ${id} a moment ago.`);
    await appendAuditIn(tx, who, {
      action: decision === "approve" ? "regulation-version.approved" : "regulation-version.rejected",
      entityType: "regulation-version",
      entityId: id,
      before: { status: "quarantined", quarantineReason: v.quarantineReason },
      after: { status: after, reason: why || null },
    });
  });
  return { id, before: "quarantined", after };
}
