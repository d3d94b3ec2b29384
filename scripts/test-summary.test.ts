import { describe, expect, it } from "vitest";
import * as steps from "./test-summary.mjs";

const vitestReport = {
  numPassedTests: 40,
  numFailedTests: 1,
  numPendingTests: 2,
  numTodoTests: 0,
  testResults: [
    {
      name: "tests/db/a.test.ts",
      status: "passed",
      message: "",
      assertionResults: [{ title: "ok", status: "passed" }],
    },
    {
      name: "tests/db/b.test.ts",
      status: "failed",
      message: "",
      assertionResults: [
        { title: "keeps the chain", status: "failed" },
        { title: "other", status: "passed" },
      ],
    },
    {
      name: "tests/db/c.test.ts",
      status: "failed",
      message: "Error: beforeAll hook timed out\n    at stack",
      assertionResults: [{ title: "never ran", status: "skipped" }],
    },
  ],
};
// What Playwright writes when its web server cannot start (the port 3100 taken): no test ran.
const serverNeverStarted = {
  suites: [],
  errors: [{ message: "Error: http://127.0.0.1:3100/api/health is already used, make sure that nothing is running" }],
  stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
};
const playwrightReport = {
  suites: [
    {
      title: "overview.spec.ts",
      specs: [],
      suites: [
        {
          title: "group",
          specs: [
            { title: "filters narrow", file: "overview.spec.ts", tests: [{ status: "unexpected" }] },
            { title: "prints", file: "overview.spec.ts", tests: [{ status: "expected" }] },
            { title: "sorts", file: "overview.spec.ts", tests: [{ status: "flaky" }] },
          ],
        },
      ],
    },
  ],
  errors: [],
  stats: { expected: 30, unexpected: 1, flaky: 1, skipped: 0 },
};

describe("npm test's counting", () => {
  it("names a vitest file's failed tests by title, and a failed file with none as its hook error", () => {
    const r = steps.vitestCounts("database tests on SQLite", vitestReport);
    expect(r).toMatchObject({ passed: 40, failed: 2, skipped: 2 });
    expect(r.failures).toEqual([
      "tests/db/b.test.ts: 1 failed test(s): keeps the chain",
      "tests/db/c.test.ts: Error: beforeAll hook timed out",
    ]);
  });

  it("names Playwright's failed and flaky tests by file and title", () => {
    const r = steps.playwrightCounts("end-to-end tests on SQLite", playwrightReport);
    expect(r).toMatchObject({ passed: 30, failed: 2, skipped: 0 });
    expect(r.failures).toEqual([
      "overview.spec.ts: failed test: filters narrow",
      "overview.spec.ts: flaky test: sorts",
    ]);
  });

  it("counts an e2e step whose server never started as failed, naming Playwright's error", () => {
    const label = "end-to-end tests on SQLite";
    const r = steps.stepResult(label, false, steps.playwrightCounts(label, serverNeverStarted));
    expect(r.failed).toBe(1);
    expect(r.failures).toEqual([
      `${label}: Error: http://127.0.0.1:3100/api/health is already used, make sure that nothing is running`,
    ]);
  });

  it("names a step that exited with an error but reported no failure", () => {
    const clean = { label: "unit tests", passed: 10, failed: 0, skipped: 0, failures: [] };
    expect(steps.stepResult("unit tests", false, clean).failures).toEqual([
      "unit tests: exited with an error and no failed test; see the log above",
    ]);
  });

  it("counts a step that failed with no report, or never ran, as failed and says which", () => {
    expect(steps.stepResult("unit tests", false, null)).toMatchObject({
      failed: 1,
      failures: ["unit tests: exited with an error and no report; see the log above"],
    });
    expect(steps.notRun("end-to-end tests on PostgreSQL", "the production build failed")).toMatchObject({
      failed: 1,
      failures: ["end-to-end tests on PostgreSQL: did not run (the production build failed)"],
    });
  });

  it("does not add a failure to a step whose report already has failed tests, nor to one that passed", () => {
    expect(steps.stepResult("x", false, steps.vitestCounts("x", vitestReport)).failed).toBe(2);
    expect(
      steps.stepResult(
        "x",
        true,
        steps.playwrightCounts("x", {
          ...playwrightReport,
          stats: { ...playwrightReport.stats, unexpected: 0, flaky: 0 },
        }),
      ).failed,
    ).toBe(0);
  });

  it("closes with every failure named and a line whose failed count includes the steps that did not run", () => {
    const results = [
      steps.checkResult("format check (prettier)", true),
      steps.stepResult("unit tests", true, { label: "unit tests", passed: 600, failed: 0, skipped: 0, failures: [] }),
      steps.checkResult("production build (includes the type check)", false),
      steps.notRun("end-to-end tests on SQLite", "the production build failed"),
      steps.notRun("end-to-end tests on PostgreSQL", "the production build failed"),
      steps.skippedStep("database tests on PostgreSQL"),
    ];
    const { lines, exitCode } = steps.summary(results);
    expect(lines).toEqual([
      "failed: production build (includes the type check): failed; see the log above",
      "failed: end-to-end tests on SQLite: did not run (the production build failed)",
      "failed: end-to-end tests on PostgreSQL: did not run (the production build failed)",
      "tests: 601 passed, 3 failed, 1 skipped",
    ]);
    expect(exitCode).toBe(1);
    expect(steps.summary([steps.checkResult("lint (eslint)", true)])).toEqual({
      lines: ["tests: 1 passed, 0 failed"],
      exitCode: 0,
    });
  });
});
