import "server-only";
// A compliance officer classifies several lines of one BOM at once (the lines selected in the table, or a
// suggestion they confirmed): one override per line and one audit entry naming every line, in one transaction.
import { AppError } from "../errors";
import { withAudit } from "../data/writes/audit-append";

type Actor = { id: string; email: string };

export async function classifyLines(
  input: { bomId: string; lineIds: readonly number[]; eccn: string; note: string },
  actor: Actor,
): Promise<{ count: number }> {
  const ids = [...new Set(input.lineIds)];
  if (ids.length === 0) throw new AppError("INVALID_INPUT", "Select at least one line to classify.");
  return withAudit(
    actor,
    async (tx) => {
      const lines = await tx.bomLine.findMany({
        where: { id: { in: ids }, bomId: input.bomId },
        select: { id: true, lineNo: true, eccn: true },
        orderBy: { lineNo: "asc" },
      });
      // every selected line must be a line of this BOM: otherwise nothing is written
      if (lines.length !== ids.length)
        throw new AppError(
          "NOT_FOUND",
          `${ids.length - lines.length} of the selected lines are not lines of this BOM.`,
        );
      await tx.classificationOverride.createMany({
        data: lines.map((l) => ({ bomLineId: l.id, eccn: input.eccn, note: input.note, createdById: actor.id })),
      });
      return lines;
    },
    (lines) => ({
      action: "classification.overridden",
      entityType: "bom",
      entityId: input.bomId,
      before: { lines: lines.map((l) => ({ lineNo: l.lineNo, bomEccn: l.eccn })) },
      after: { lineNos: lines.map((l) => l.lineNo), eccn: input.eccn, note: input.note },
    }),
  ).then((lines) => ({ count: lines.length }));
}
