#!/usr/bin/env node
// The server Playwright tests run against: a fresh local database (SQLite by default, PostgreSQL when
// E2E_DATABASE_URL says so), migrated and seeded, then the production build on 127.0.0.1:3100.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const url = process.env.E2E_DATABASE_URL || "file:./.data/e2e.db";
const port = process.env.E2E_PORT || "3100";

if (url.startsWith("file:")) {
  const file = path.resolve(root, url.slice("file:".length));
  for (const s of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + s, { force: true });
} else {
  const u = new URL(url);
  // e2e wipes its database: never point it at anything but this machine.
  if (!["127.0.0.1", "localhost", "[::1]"].includes(u.hostname))
    throw new Error(`e2e refuses a non-local database: ${u.hostname}`);
  const client = new pg.Client({
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
  });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  await client.end();
}
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")))
  throw new Error("no production build: run `npx next build` first (npm test does)");

// The list's publisher, stood in for on 127.0.0.1: it serves a small team-written list in the official JSON
// layout (e2e/fixtures/csl-publisher.json) with an ETag, so the server's scheduled update has something to
// download at start-up. That list lacks the seeded customers' entries: the update is quarantined, naming them.
const listBody = fs.readFileSync(path.join(root, "e2e/fixtures/csl-publisher.json"));
const publisher = http.createServer((req, res) => {
  if (req.url !== "/consolidated.json") return void res.writeHead(404).end();
  if (req.headers["if-none-match"] === '"e2e-1"') return void res.writeHead(304, { etag: '"e2e-1"' }).end();
  res.writeHead(200, {
    "content-type": "application/json",
    etag: '"e2e-1"',
    "last-modified": "Fri, 31 Jul 2026 13:15:00 GMT",
    "content-length": listBody.length,
  });
  res.end(listBody);
});
await new Promise((r) => publisher.listen(0, "127.0.0.1", r));
const cslUrl = `http://127.0.0.1:${publisher.address().port}/consolidated.json`;

const env = {
  ...process.env,
  CHOKEPOINT_CSL_URL: cslUrl,
  CHOKEPOINT_LIST_UPDATE_HOURS: "24",
  DATABASE_URL: url,
  PORT: port,
  BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
  AUTH_SIGNIN_MAX_PER_MINUTE: "40",
  // the tests act as a proxy in front of the app: a test that sends X-Forwarded-For gets its own sign-in bucket
  CHOKEPOINT_TRUSTED_PROXIES: "127.0.0.1",
  NEXT_TELEMETRY_DISABLED: "1",
};
const setup = spawnSync(process.execPath, [path.join(root, "bin/chokepoint.mjs"), "db", "setup"], {
  cwd: root,
  env,
  stdio: "inherit",
});
if (setup.status !== 0) process.exit(setup.status ?? 1);
const server = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
  cwd: root,
  env: { ...env, HOST: "127.0.0.1", NODE_ENV: "production" },
  stdio: "inherit",
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => {
  publisher.close();
  process.exit(code ?? 0);
});
