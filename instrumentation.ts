// Runs once when the server starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.CHOKEPOINT_SKIP_STARTUP_CHECK === "1") return;
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
}
