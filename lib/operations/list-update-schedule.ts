import "server-only";
// The server's scheduled list update (started once per process by instrumentation.ts). Every instance checks
// every few minutes whether an update is due (CHOKEPOINT_LIST_UPDATE_HOURS since the last attempt, or an
// hour after a failed one); the lease in updateLists makes only one of them run it, and it checks again
// once it holds the lease, so instances sharing a database update once per period between them.
import { listUpdateConfig } from "../env";
import { updateLists } from "./update-lists";

const g = globalThis as unknown as { chokepointListSchedule?: NodeJS.Timeout };

/** How soon after start the first check runs: long enough for the server to be listening. */
const FIRST_CHECK_MS = 5_000;
const CHECK_EVERY_MS = 10 * 60_000;

export function startListUpdateSchedule(log: Pick<Console, "log" | "error"> = console): void {
  if (g.chokepointListSchedule) return;
  let config: ReturnType<typeof listUpdateConfig>;
  try {
    config = listUpdateConfig();
  } catch (e) {
    log.error(`chokepoint: scheduled list updates are off: ${(e as Error).message}`);
    return;
  }
  if (config.everyHours <= 0) {
    log.log("chokepoint: scheduled list updates are off (CHOKEPOINT_LIST_UPDATE_HOURS=0)");
    return;
  }
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await updateLists({
        trigger: "schedule",
        actor: { id: null, email: "schedule" },
        config,
        onlyIfDue: true,
      });
      if (r.updateId) log.log(`chokepoint: scheduled list update ${r.status}: ${r.message}`);
    } catch (e) {
      log.error(`chokepoint: scheduled list update failed: ${(e as Error).message ?? e}`);
    } finally {
      running = false;
    }
  };
  log.log(`chokepoint: lists update from ${config.url} every ${config.everyHours} h`);
  // tick catches its own errors: the timers only start it
  setTimeout(() => void tick(), FIRST_CHECK_MS).unref();
  g.chokepointListSchedule = setInterval(() => void tick(), Math.min(CHECK_EVERY_MS, config.everyHours * 3_600_000));
  g.chokepointListSchedule.unref();
}
