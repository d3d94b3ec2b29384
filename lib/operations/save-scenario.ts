import "server-only";
// An executive saves a scenario: a new version of the named scenario (earlier versions are kept, never
// overwritten), committed with its audit entry.
import { AppError } from "../errors";
import { parseScenarioParams } from "../scenarios/params";
import { withAudit } from "../data/writes/audit-append";

export async function saveScenario(
  name: string,
  raw: unknown,
  actor: { id: string | null; email: string },
): Promise<{ id: string; version: number }> {
  const parsed = parseScenarioParams(raw);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.problems.join("; "));
  return withAudit(
    actor,
    async (tx) => {
      const latest = await tx.scenario.findFirst({
        where: { name },
        orderBy: { version: "desc" },
        select: { version: true },
      });
      return tx.scenario.create({
        data: { name, version: (latest?.version ?? 0) + 1, params: parsed.params, createdById: actor.id },
        select: { id: true, version: true },
      });
    },
    (row) => ({
      action: "scenario.saved",
      entityType: "scenario",
      entityId: row.id,
      after: { name, version: row.version, params: parsed.params },
    }),
  );
}
