import "server-only";
// An executive's assumptions for a product line: baseline growth, and exposure when no BOM gives it.
import { AppError } from "../errors";
import { withAudit } from "../data/writes/audit-append";

export async function setLineAssumptions(
  input: { productLineId: string; growthBp: number; exposureBp: number | null },
  actor: { id: string; email: string },
): Promise<void> {
  await withAudit(
    actor,
    async (tx) => {
      const before = await tx.productLine.findUnique({
        where: { id: input.productLineId },
        select: { name: true, growthBp: true, exposureBp: true },
      });
      if (!before) throw new AppError("NOT_FOUND", "No such product line.");
      await tx.productLine.update({
        where: { id: input.productLineId },
        data: { growthBp: input.growthBp, exposureBp: input.exposureBp },
      });
      return before;
    },
    (before) => ({
      action: "product-line.assumptions",
      entityType: "product-line",
      entityId: input.productLineId,
      before,
      after: { name: before.name, growthBp: input.growthBp, exposureBp: input.exposureBp },
    }),
  );
}
