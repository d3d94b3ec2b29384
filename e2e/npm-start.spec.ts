import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { currentBuildId, sourceFingerprint } from "../scripts/build-fingerprint.mjs";

// `npm start` as a user runs it, after the build this suite runs against (npm test builds, then runs e2e): it
// takes that build as current instead of building again, serves, and a SIGTERM to the npm process (a service
// manager's, a container's stop) stops the server too. Its own throwaway SQLite database and port; the list's
// publisher is a closed port, as offline.
const root = path.resolve(import.meta.dirname, "..");

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => resolve(!!socket.destroy()));
    socket.once("error", () => resolve(false));
  });
/** Every process below pid, by the parent ids ps reports. */
function descendants(pid: number): number[] {
  const rows = spawnSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" })
    .stdout.trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  for (let frontier = [pid]; frontier.length;) {
    frontier = rows.filter(([, ppid]) => frontier.includes(ppid)).map(([child]) => child);
    found.push(...frontier);
  }
  return found;
}
/** Running: it exists and is not a zombie waiting for a parent to collect its exit status. */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

test("npm start serves the build npm test made without rebuilding, and SIGTERM to npm stops the server", async () => {
  test.setTimeout(180_000);
  // a stale build would make npm start build again, under the e2e server this suite is using
  expect(currentBuildId(root)?.trim(), "the build in .next is not of these sources: run `npx next build`").toBe(
    sourceFingerprint(root),
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chokepoint-npm-start-"));
  const port = Number(process.env.E2E_START_PORT ?? (await freePort()));
  const offline = await freePort();
  let log = "";
  const npm = spawn("npm", ["start"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, "start.db")}`,
      PORT: String(port),
      HOST: "127.0.0.1",
      CHOKEPOINT_CSL_URL: `http://127.0.0.1:${offline}/consolidated.json`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  npm.stdout.on("data", (d) => (log += d));
  npm.stderr.on("data", (d) => (log += d));
  const exited = new Promise((resolve) => npm.once("exit", resolve));
  let processes: number[] = [];
  try {
    await expect
      .poll(() => log, { timeout: 150_000, message: "npm start never said it was listening" })
      .toContain(`Chokepoint listening on http://127.0.0.1:${port}`);
    expect(log).not.toContain("building the app");
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    processes = descendants(npm.pid!);
    // npm, its shell's node (start.mjs) and the server: at least the two node processes below npm
    expect(processes.length).toBeGreaterThanOrEqual(2);

    npm.kill("SIGTERM");
    await exited;
    await expect.poll(() => accepts(port), { message: "the server still accepts connections" }).toBe(false);
    await expect.poll(() => processes.filter(alive), { message: "processes npm start left running" }).toEqual([]);
  } finally {
    const running = npm.exitCode === null && npm.signalCode === null;
    for (const pid of [...(running ? [npm.pid!, ...descendants(npm.pid!)] : []), ...processes])
      if (alive(pid)) process.kill(pid, "SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
