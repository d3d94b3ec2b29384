// Runs once when the server starts (Next.js instrumentation hook): the database check, then the scheduled
// list update.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.CHOKEPOINT_SKIP_STARTUP_CHECK === "1") return;
  const { checkDatabaseOrExit } = await import("./lib/startup-check");
  await checkDatabaseOrExit();
  const { startListUpdateSchedule } = await import("./lib/data/list-update-schedule");
  startListUpdateSchedule();
}
