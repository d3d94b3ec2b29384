#!/usr/bin/env node
// `npm start`: prepare the database (migrate; seed demo data on first run; download the list on first run when
// online), build the app unless .next already holds the build of these sources (scripts/build-fingerprint.mjs),
// then serve it (scripts/server.mjs) on http://localhost:3000 (PORT and HOST to change).
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { currentBuildId, rebuildReason, sourceFingerprint } from "./build-fingerprint.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// Each step runs in its own process group, and a signal to this process (npm's SIGTERM, a service manager's,
// Ctrl-C) goes to the whole group: the server, or a build and its workers, stops with us instead of being
// left serving. We exit when the step has.
let running = null;
let stoppedBy = null;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"])
  process.on(signal, () => {
    stoppedBy = signal;
    if (!running) process.exit(128 + os.constants.signals[signal]);
    try {
      process.kill(-running.pid, signal);
    } catch {
      // the group is already gone; its exit event ends us
    }
  });

/** Runs node with these arguments; resolves with its exit status, or exits when a signal stopped it. */
function node(args, env = process.env) {
  return new Promise((resolve) => {
    running = spawn(process.execPath, args, {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env,
      detached: true,
    });
    running.on("exit", (code, signal) => {
      running = null;
      if (stoppedBy) process.exit(code ?? 128 + os.constants.signals[signal ?? stoppedBy]);
      resolve(code ?? 1);
    });
  });
}
async function step(args, env) {
  const status = await node(args, env);
  if (status !== 0) process.exit(status);
}

await step([path.join(root, "bin/chokepoint.mjs"), "db", "setup"]);

// First start, online: no list downloaded or imported yet, so fetch the official one from its publisher
// (CHOKEPOINT_CSL_URL), its progress in this log. Offline, or the publisher failing: say so and serve what
// the database holds; the server's schedule tries again.
if ((await node([path.join(root, "bin/chokepoint.mjs"), "lists", "update", "--first-start"])) !== 0)
  console.log(
    "chokepoint: the downloaded list is not in force (the line above says why: offline, a publisher error, or quarantined for an admin to decide); serving with the list the database holds. Offline: run `npx chokepoint lists update` once online.",
  );

// next.config.ts names each build by its sources' fingerprint, so any earlier build of these sources counts.
const why = rebuildReason(currentBuildId(root), sourceFingerprint(root));
if (why) {
  console.log(`building the app (${why}; about a minute)…`);
  await step([path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
  });
}

const port = process.env.PORT ?? "3000";
// 127.0.0.1 only unless HOST says otherwise (HOST=0.0.0.0 to serve other machines, behind a proxy: README)
console.log(`Chokepoint: http://localhost:${port} (demo logins in README.md)`);
await step([path.join(root, "scripts/server.mjs")], {
  ...process.env,
  PORT: port,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
});
