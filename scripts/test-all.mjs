#!/usr/bin/env node
// `npm test`: every test. Unit tests; the database suite on SQLite and on a real PostgreSQL server (started
// here on 127.0.0.1 when none is given in TEST_POSTGRES_URL); the production build; Playwright end-to-end
// tests on both databases. Ends with one line: "tests: N passed, N failed[, N skipped]".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = path.join(root, "reports");
fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const t0 = Date.now();
const step = (msg) => console.log(`\n== [${Math.round((Date.now() - t0) / 1000)}s] ${msg}`);
const results = [];
let skipped = 0;
const failures = [];
const fileFailures = []; // failed test files with vitest's message, repeated at the end where CI logs get read

function run(label, cmd, args, env = {}) {
  step(label);
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  if (r.status !== 0) failures.push(label);
  return r.status === 0;
}

// A file whose hook failed counts as a failure: its tests are reported as skipped, not failed, and the
// closing line would otherwise say "0 failed" for a run that failed.
function readVitest(file) {
  try {
    const j = JSON.parse(fs.readFileSync(file, "utf8"));
    const failedFiles = j.testResults.filter((f) => f.status === "failed");
    // name each failure as what it is: failed tests by their titles, otherwise a hook or an error outside a test
    for (const f of failedFiles) {
      const failedTests = f.assertionResults.filter((t) => t.status === "failed").map((t) => t.title);
      const what = failedTests.length
        ? `${failedTests.length} failed test(s): ${failedTests.join("; ")}`
        : f.message || "a hook failed or an error was thrown outside a test; see the log above";
      fileFailures.push(`${path.relative(root, f.name)}: ${what.slice(0, 600)}`);
    }
    const hookFailures = failedFiles.filter((f) => f.assertionResults.every((t) => t.status !== "failed")).length;
    return {
      passed: j.numPassedTests,
      failed: j.numFailedTests + hookFailures,
      skipped: j.numPendingTests + j.numTodoTests,
    };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}
function readPlaywright(file) {
  try {
    const j = JSON.parse(fs.readFileSync(file, "utf8"));
    return { passed: j.stats.expected, failed: j.stats.unexpected + j.stats.flaky, skipped: j.stats.skipped };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

function vitest(label, project, report, env) {
  const ok = run(label, bin("vitest"), ["run", "--project", project, `--outputFile.json=${report}`], env);
  const counts = readVitest(report);
  // e.g. an unhandled error after every test passed: vitest exits 1, and the closing line must not say 0 failed
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push(counts);
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

// A port free now on 127.0.0.1: a fixed one can be held by any other process on the machine.
function freePort() {
  const probe =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" }).stdout.trim();
}

// Playwright on its own free port; a run that failed without a failed test (its server never started, say)
// counts as a failure in the closing line.
function e2e(label, report, env) {
  const ok = run(label, bin("playwright"), ["test"], { ...env, E2E_PORT: freePort(), E2E_REPORT: report });
  const counts = readPlaywright(report);
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push(counts);
}

// A check that is not a test runner (format, lint, layers) counts as one test: passed when it exits 0.
function check(label, cmd, args) {
  const ok = run(label, cmd, args);
  results.push({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
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
  if (pg) {
    vitest("database tests on PostgreSQL", "db", path.join(reports, "db-postgresql.json"), { DATABASE_URL: pg.url });
  } else if (process.env.CI) {
    failures.push("PostgreSQL: no server could be started (apt-get install -y postgresql)");
  } else {
    console.log(
      "PostgreSQL tests SKIPPED: no server binaries here (apt-get install -y postgresql), and TEST_POSTGRES_URL is not set",
    );
    skipped += 1;
  }

  if (run("production build (includes the type check)", bin("next"), ["build"])) {
    e2e("end-to-end tests on SQLite", path.join(reports, "e2e-sqlite.json"), {});
    if (pg?.e2eUrl || process.env.TEST_POSTGRES_E2E_URL) {
      e2e("end-to-end tests on PostgreSQL", path.join(reports, "e2e-postgresql.json"), {
        E2E_DATABASE_URL: process.env.TEST_POSTGRES_E2E_URL ?? pg.e2eUrl,
      });
    }
  } else {
    results.push({ passed: 0, failed: 1, skipped: 0 });
  }
} finally {
  pg?.stop();
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
skipped += results.reduce((n, r) => n + r.skipped, 0);
step("done");
for (const f of fileFailures) console.log(`failed file ${f}`);
if (failures.length) console.log(`failed steps: ${failures.join("; ")}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failures.length || failed ? 1 : 0);
