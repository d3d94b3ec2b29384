import { spawn } from "node:child_process";

/**
 * The CLI as users run it (`npx chokepoint …` = bin/chokepoint.mjs), asynchronously: a test that serves files
 * from its own process (a local publisher) must keep its event loop free while the CLI runs.
 */
export function cliAsync(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/chokepoint.mjs", ...args], { env: { ...process.env, ...env } });
    let stdout = "",
      stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
