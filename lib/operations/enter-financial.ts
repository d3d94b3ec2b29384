import "server-only";
// A financial figure entered by hand (a period not yet imported, or a correction): a new row replaces the
// period's figures, committed with its audit entry.
import { AppError } from "../errors";
import { withAudit } from "../data/writes/audit-append";

export async function enterFinancial(
  input: { productLineId: string; period: string; revenueMinor: bigint; costMinor: bigint },
  actor: { id: string; email: string },
): Promise<void> {
  await withAudit(
    actor,
    async (tx) => {
      const line = await tx.productLine.findUnique({
        where: { id: input.productLineId },
        select: { name: true, currency: true },
      });
      if (!line) throw new AppError("NOT_FOUND", "No such product line.");
      const before = await tx.financial.findFirst({
        where: { productLineId: input.productLineId, period: input.period },
        select: { revenueMinor: true, costMinor: true },
      });
      await tx.financial.deleteMany({ where: { productLineId: input.productLineId, period: input.period } });
      await tx.financial.create({
        data: {
          productLineId: input.productLineId,
          period: input.period,
          revenueMinor: input.revenueMinor,
          costMinor: input.costMinor,
          currency: line.currency,
          isEstimate: true,
          source: `entered by ${actor.email}`,
        },
      });
      return { line, before };
    },
    ({ line, before }) => ({
      action: "financial.entered",
      entityType: "product-line",
      entityId: input.productLineId,
      before: before ? { revenueMinor: before.revenueMinor.toString(), costMinor: before.costMinor.toString() } : null,
      after: {
        period: input.period,
        revenueMinor: input.revenueMinor.toString(),
        costMinor: input.costMinor.toString(),
        currency: line.currency,
      },
    }),
  );
}
