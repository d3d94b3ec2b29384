#!/usr/bin/env node
// `npm test`: every test. Unit tests; the database suite on SQLite and on a real PostgreSQL server (started
// here on 127.0.0.1 when none is given in TEST_POSTGRES_URL); the production build; Playwright end-to-end
// tests on both databases. Ends with each failure named (a test by its title, a step that did not run and why)
// and one line: "tests: N passed, N failed[, N skipped]" (scripts/test-summary.mjs counts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  checkResult,
  notRun,
  playwrightCounts,
  skippedStep,
  stepResult,
  summary,
  vitestCounts,
} from "./test-summary.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = path.join(root, "reports");
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const t0 = Date.now();
const step = (msg) => console.log(`\n== [${Math.round((Date.now() - t0) / 1000)}s] ${msg}`);
const results = [];

function run(label, cmd, args, env = {}) {
  step(label);
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return r.status === 0;
}
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};

function vitest(label, project, report, env) {
  const ok = run(label, bin("vitest"), ["run", "--project", project, `--outputFile.json=${report}`], env);
  const json = readJson(report);
  // e.g. an unhandled error after every test passed: vitest exits 1, and the closing line must not say 0 failed
  results.push(stepResult(label, ok, json && vitestCounts(label, json, (f) => path.relative(root, f))));
}

// PostgreSQL: the given server, or a throwaway one on 127.0.0.1.
let pg = null;
function startPostgres() {
  if (process.env.TEST_POSTGRES_URL) return { url: process.env.TEST_POSTGRES_URL, stop: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chokepoint-pg-"));
  // no port given: the script picks a free one and prints it
  const start = spawnSync("bash", [path.join(root, "scripts/pg-server.sh"), "start", dir], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (start.status !== 0) return null;
  const port = start.stdout.trim();
  const psql = (sql) =>
    spawnSync("psql", ["-q", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-c", sql], { stdio: "inherit" })
      .status === 0;
  if (!psql("CREATE DATABASE chokepoint_test") || !psql("CREATE DATABASE chokepoint_e2e")) return null;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/chokepoint_test`,
    e2eUrl: `postgresql://postgres@127.0.0.1:${port}/chokepoint_e2e`,
    stop: () => {
      spawnSync("bash", [path.join(root, "scripts/pg-server.sh"), "stop", dir], { stdio: "inherit" });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const hasPostgresBinaries = () =>
  spawnSync("bash", [path.join(root, "scripts/pg-server.sh"), "binaries"], { stdio: "ignore" }).status === 0;

// A port free now on 127.0.0.1: a fixed one can be held by any other process on the machine.
function freePort() {
  const probe =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" }).stdout.trim();
}

// Playwright on its own free port; a run that failed without a failed test (its server never started, say)
// counts as a failure in the closing line, named by Playwright's error.
function e2e(label, report, env) {
  const ok = run(label, bin("playwright"), ["test"], { ...env, E2E_PORT: freePort(), E2E_REPORT: report });
  const json = readJson(report);
  results.push(stepResult(label, ok, json && playwrightCounts(label, json)));
}

// A check that is not a test runner (format, lint, layers) counts as one test: passed when it exits 0.
function check(label, cmd, args) {
  results.push(checkResult(label, run(label, cmd, args)));
}

try {
  check("format check (prettier)", bin("prettier"), ["--check", "--log-level=warn", "."]);
  check("lint (eslint)", bin("eslint"), ["."]);
  check("layer rules (dependency-cruiser)", bin("depcruise"), [
    "app",
    "components",
    "lib",
    "cli",
    "--config",
    ".dependency-cruiser.cjs",
  ]);
  vitest("unit tests", "unit", path.join(reports, "unit.json"), {});
  vitest("database tests on SQLite", "db", path.join(reports, "db-sqlite.json"), {
    DATABASE_URL: "file:./.data/test-suite.db",
  });

  step("starting PostgreSQL for the database tests");
  pg = startPostgres();
  // in CI, or with the server binaries here, a PostgreSQL that did not start is a failure, not a skip
  const pgAbsent = !pg && !process.env.CI && !hasPostgresBinaries();
  const noServer = "no PostgreSQL server could be started; see the log above";
  if (pg) {
    vitest("database tests on PostgreSQL", "db", path.join(reports, "db-postgresql.json"), { DATABASE_URL: pg.url });
  } else if (pgAbsent) {
    console.log(
      "PostgreSQL tests SKIPPED: no server binaries here (apt-get install -y postgresql), and TEST_POSTGRES_URL is not set",
    );
    results.push(skippedStep("database tests on PostgreSQL"));
  } else {
    results.push(notRun("database tests on PostgreSQL", noServer));
  }

  const e2eSteps = [["end-to-end tests on SQLite", path.join(reports, "e2e-sqlite.json"), {}]];
  const pgE2e = "end-to-end tests on PostgreSQL";
  const pgE2eUrl = process.env.TEST_POSTGRES_E2E_URL ?? pg?.e2eUrl;
  if (pgE2eUrl) e2eSteps.push([pgE2e, path.join(reports, "e2e-postgresql.json"), { E2E_DATABASE_URL: pgE2eUrl }]);
  else if (pg) {
    console.log("PostgreSQL end-to-end tests SKIPPED: TEST_POSTGRES_URL is set without TEST_POSTGRES_E2E_URL");
    results.push(skippedStep(pgE2e));
  } else if (pgAbsent) results.push(skippedStep(pgE2e));
  else results.push(notRun(pgE2e, noServer));
  const build = "production build (includes the type check)";
  const built = run(build, bin("next"), ["build"]);
  results.push(checkResult(build, built));
  for (const [label, report, env] of e2eSteps)
    if (built) e2e(label, report, env);
    else results.push(notRun(label, "the production build failed"));
} finally {
  pg?.stop();
}

step("done");
const { lines, exitCode } = summary(results);
for (const line of lines) console.log(line);
process.exit(exitCode);
