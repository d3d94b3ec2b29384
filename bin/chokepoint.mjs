#!/usr/bin/env node
// `npx chokepoint …`: runs the TypeScript CLI (cli/main.ts) through tsx, sharing lib/ with the web app.
// The react-server condition lets lib/data modules that are marked 'server-only' load outside Next.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { parseEnv } from "node:util";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { cliEnv, cliNodeArgs } from "./runtime.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

// The same env files the web app reads (Next.js loads .env.local and .env), so the CLI migrates the database
// the app serves. Variables already set in the environment win.
for (const name of [".env.local", ".env"]) {
  const file = path.join(root, name);
  if (!fs.existsSync(file)) continue;
  for (const [k, v] of Object.entries(parseEnv(fs.readFileSync(file, "utf8")))) process.env[k] ??= v;
}
const tsx = require.resolve("tsx");
const result = spawnSync(
  process.execPath,
  [...cliNodeArgs, "--import", tsx, path.join(root, "cli/main.ts"), ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, ...cliEnv, CHOKEPOINT_ROOT: root } },
);
if (result.error) {
  console.error(`chokepoint: ${result.error.message}`);
  process.exit(1);
}
// a CLI killed by a signal dies of the same signal, so a caller (a shell, a scheduler, a test) sees what happened
if (result.signal) process.kill(process.pid, result.signal);
process.exit(result.status ?? 1);
