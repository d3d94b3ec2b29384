import "server-only";
// A compliance officer overrides the ECCN of a BOM line (the engine's answer, or the BOM's column, was wrong).
import { AppError } from "../errors";
import { withAudit } from "../data/writes/audit-append";

type Actor = { id: string; email: string };

export async function overrideClassification(
  input: { bomLineId: number; eccn: string; note: string },
  actor: Actor,
): Promise<void> {
  await withAudit(
    actor,
    async (tx) => {
      const line = await tx.bomLine.findUnique({
        where: { id: input.bomLineId },
        select: {
          id: true,
          bomId: true,
          lineNo: true,
          eccn: true,
          overrides: { orderBy: { createdAt: "desc" }, take: 1, select: { eccn: true, note: true } },
        },
      });
      if (!line) throw new AppError("NOT_FOUND", "No such BOM line.");
      await tx.classificationOverride.create({
        data: { bomLineId: line.id, eccn: input.eccn, note: input.note, createdById: actor.id },
      });
      return line;
    },
    (line) => ({
      action: "classification.overridden",
      entityType: "bom",
      entityId: line.bomId,
      before: { lineNo: line.lineNo, bomEccn: line.eccn, override: line.overrides[0] ?? null },
      after: { lineNo: line.lineNo, eccn: input.eccn, note: input.note },
    }),
  );
}
