import "server-only";
// An admin sets the screening thresholds: the setting and its audit entry commit together.
import { SCREENING_THRESHOLDS_KEY, screeningThresholds } from "../data/screening";
import { AppError } from "../errors";
import { parseThresholds } from "../screening/thresholds";
import type { Thresholds } from "../screening/types";
import { withAudit } from "../data/writes/audit-append";

export async function setScreeningThresholds(
  value: unknown,
  actor: { id: string; email: string },
): Promise<Thresholds> {
  const next = parseThresholds(value);
  if (!next)
    throw new AppError("INVALID_INPUT", "Thresholds must be whole numbers from 1 to 100, with review below match.");
  const before = await screeningThresholds();
  await withAudit(
    actor,
    (tx) =>
      tx.setting.upsert({
        where: { key: SCREENING_THRESHOLDS_KEY },
        create: { key: SCREENING_THRESHOLDS_KEY, value: next },
        update: { value: next },
      }),
    () => ({
      action: "screening.thresholds",
      entityType: "setting",
      entityId: SCREENING_THRESHOLDS_KEY,
      before,
      after: next,
    }),
  );
  return next;
}
