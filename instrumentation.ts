// Runs once when the server starts (Next.js instrumentation hook): the database check, then the scheduled
// list update.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Uploads are private to the server's user: folders made before this rule (0755/0644) are tightened at start.
  const { secureUploadsDir } = await import("./lib/uploads/permissions");
  try {
    secureUploadsDir();
  } catch (e) {
    console.warn(`chokepoint: could not restrict the uploads folder's permissions: ${String((e as Error).message)}`);
  }
  if (process.env.CHOKEPOINT_SKIP_STARTUP_CHECK === "1") return;
  const { checkDatabaseOrExit } = await import("./lib/startup-check");
  await checkDatabaseOrExit();
  // a mistyped limit stops the server here, not at the first sign-in
  const { apiNamesPerMinute, signInLimits } = await import("./lib/env");
  try {
    signInLimits();
    apiNamesPerMinute();
  } catch (e) {
    console.error(`Chokepoint cannot start: ${(e as Error).message}`);
    process.exit(1);
  }
  const { startListUpdateSchedule } = await import("./lib/operations/list-update-schedule");
  startListUpdateSchedule();
}
