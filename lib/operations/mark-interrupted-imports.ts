import "server-only";
// Imports whose process died (a crash, a restart mid-import) would show "running" for ever: they are marked
// failed, with an audit entry, before the imports page is shown and before a new import starts.
import { systemActor } from "../data/audit";
import { withAudit } from "../data/writes/audit-append";
import { interruptedJobIds, markJobsInterrupted } from "../data/writes/import-jobs";

export async function markInterruptedImports(): Promise<number> {
  const ids = await interruptedJobIds();
  if (!ids.length) return 0;
  return withAudit(
    systemActor,
    (tx) => markJobsInterrupted(tx, ids),
    (count) => ({ action: "import.interrupted", entityType: "import", after: { jobs: ids, count } }),
  );
}
