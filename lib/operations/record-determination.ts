import "server-only";
// A compliance officer checks a stored BOM for a buyer, destination and date: the determination, its lines and
// its audit entry are written in one transaction, so the record and the audit trail never disagree.
import type { AuditActor } from "../data/audit";
import { bulkTransaction, newId } from "../data/writes/bulk";
import type { CheckRequest, CheckResult } from "../data/determination-types";
import { bomLineIds, storedBomLines } from "../data/determinations";
import { AppError } from "../errors";
import { checkBomLines } from "./check-bom-lines";
import { appendAuditInBulk } from "../data/writes/audit-append";
import { insertDetermination } from "../data/writes/determinations";

export async function recordDetermination(
  bomId: string,
  req: CheckRequest,
  actor: AuditActor,
): Promise<CheckResult & { determinationId: string; bomName: string }> {
  const bom = await bomLineIds(bomId);
  if (!bom) throw new AppError("NOT_FOUND", "No such BOM.");
  const result = await checkBomLines(await storedBomLines(bomId), req);
  const determinationId = newId();
  await bulkTransaction(async (w) => {
    await insertDetermination(w, determinationId, bomId, bom.lineIds, result, actor);
    await appendAuditInBulk(w, actor, {
      action: "determination.recorded",
      entityType: "bom",
      entityId: bomId,
      after: {
        determinationId,
        buyer: result.buyer.name,
        destination: result.context.destination,
        shipFrom: result.context.shipFrom,
        asOf: result.context.asOf,
        ruleSet: result.ruleSet.id,
        regulationVersion: result.regulationVersion ?? null,
        listVersion: result.lists.csl?.id ?? null,
        outcome: result.summary.outcome,
        byStatus: result.summary.byStatus,
      },
    });
  });
  return { ...result, determinationId, bomName: bom.name };
}
