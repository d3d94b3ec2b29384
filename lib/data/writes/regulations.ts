import "server-only";
// Writes of regulation_version rows, inside the caller's audited transaction (lib/operations/update-regulations*).
import type { Tx } from "../audit";
import type { StoredRegulationDiff } from "../regulations";
import type { RegulationVersion } from "../../regs/types";

export type NewRegulationRow = {
  version: RegulationVersion;
  status: "active" | "quarantined";
  previousVersionId: string | null;
  diff: StoredRegulationDiff | null;
  quarantineReason: string | null;
  sourceUrl: string;
  retrievedAt: Date;
  actor: { id: string | null; email: string | null };
};

/** Stores a version; one already stored for the same eCFR date is replaced (the caller decided it changed). */
export async function storeRegulationVersion(tx: Tx, r: NewRegulationRow): Promise<void> {
  const data = {
    status: r.status,
    payload: r.version as unknown as object,
    chartRows: Object.keys(r.version.countryChart.rows).length,
    cclEntries: Object.keys(r.version.ccl).length,
    previousVersionId: r.previousVersionId,
    diffSummary: (r.diff ?? undefined) as unknown as object | undefined,
    quarantineReason: r.quarantineReason,
    sourceUrl: r.sourceUrl,
    retrievedAt: r.retrievedAt,
    createdById: r.actor.id,
    createdByEmail: r.actor.email,
    decidedById: null,
    decidedByEmail: null,
    decidedAt: null,
    decisionReason: null,
  };
  await tx.regulationVersion.upsert({
    where: { id: r.version.id },
    create: { id: r.version.id, ...data },
    update: data,
  });
}

/** Moves a quarantined version to active or rejected; false when it is no longer quarantined (decided already). */
export async function decideRegulationRow(
  tx: Tx,
  id: string,
  after: "active" | "rejected",
  actor: { id: string | null; email: string | null },
  reason: string | null,
): Promise<boolean> {
  const claimed = await tx.regulationVersion.updateMany({
    where: { id, status: "quarantined" },
    data: {
      status: after,
      decidedById: actor.id,
      decidedByEmail: actor.email,
      decidedAt: new Date(),
      decisionReason: reason,
    },
  });
  return claimed.count === 1;
}
