import { databaseReachable } from "@/lib/data/health";
import { listUpdateStatus } from "@/lib/data/list-update-status";

// Public liveness and database check, for load balancers, with the state of list updates for monitoring
// (when the last one ran, its result, the publisher's date, its error, and whether the list in force is
// stale); nothing about parties, BOMs or decisions.
export async function GET() {
  if (!(await databaseReachable()))
    return Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
  let lists: object | null = null;
  try {
    const s = await listUpdateStatus();
    lists = {
      lastUpdate: s.last
        ? {
            at: (s.last.finishedAt ?? s.last.startedAt).toISOString(),
            trigger: s.last.trigger,
            status: s.last.status,
            version: s.last.version?.label ?? null,
            publishedAt: s.last.publishedAt,
            error: s.last.status === "failed" || s.last.status === "rejected" ? s.last.message : null,
          }
        : null,
      running: s.running ? { since: s.running.startedAt.toISOString(), phase: s.running.phase } : null,
      scheduleHours: s.schedule?.everyHours ?? 0,
      stale: s.freshness?.stale ?? null,
      confirmedCurrentAt: s.freshness?.asOf ?? null,
    };
  } catch {
    lists = null; // an unmigrated table must not fail the liveness check
  }
  return Response.json({ status: "ok", lists });
}
