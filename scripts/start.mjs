#!/usr/bin/env node
// `npm start`: prepare the database (migrate; seed demo data on first run; download the list on first run when
// online), build the app if the sources changed since the last build, then serve it (scripts/server.mjs) on
// http://localhost:3000 (PORT and HOST to change).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = (args, env = process.env) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

/** A fingerprint of everything the build depends on: sizes and mtimes of the source files. */
function sourceFingerprint() {
  const hash = createHash("sha256");
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = fs.statSync(p);
        hash.update(`${p}:${s.size}:${s.mtimeMs}\n`);
      }
    }
  };
  for (const d of ["app", "components", "lib", "generated"])
    if (fs.existsSync(path.join(root, d))) walk(path.join(root, d));
  for (const f of ["package-lock.json", "next.config.ts", "proxy.ts", "instrumentation.ts", "tsconfig.json"]) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) {
      const s = fs.statSync(p);
      hash.update(`${p}:${s.size}:${s.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

run([path.join(root, "bin/chokepoint.mjs"), "db", "setup"]);

// First start, online: no list downloaded or imported yet, so fetch the official one from its publisher
// (CHOKEPOINT_CSL_URL), its progress in this log. Offline, or the publisher failing: say so and serve what
// the database holds; the server's schedule tries again.
const firstList = spawnSync(
  process.execPath,
  [path.join(root, "bin/chokepoint.mjs"), "lists", "update", "--first-start"],
  {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  },
);
if (firstList.status !== 0)
  console.log(
    "chokepoint: the downloaded list is not in force (the line above says why: offline, a publisher error, or quarantined for an admin to decide); serving with the list the database holds. Offline: run `npx chokepoint lists update` once online.",
  );

const stamp = path.join(root, ".next", "chokepoint-build-fingerprint");
const fingerprint = sourceFingerprint();
const built =
  fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
  fs.existsSync(stamp) &&
  fs.readFileSync(stamp, "utf8") === fingerprint;
if (!built) {
  console.log("building the app (first run or sources changed; about a minute)…");
  run([path.join(root, "node_modules/next/dist/bin/next"), "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  fs.writeFileSync(stamp, fingerprint);
}

const port = process.env.PORT ?? "3000";
// 127.0.0.1 only unless HOST says otherwise (HOST=0.0.0.0 to serve other machines, behind a proxy: README)
console.log(`Chokepoint: http://localhost:${port} (demo logins in README.md)`);
run([path.join(root, "scripts/server.mjs")], {
  ...process.env,
  PORT: port,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
});
