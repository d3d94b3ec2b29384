// How `npm test` (scripts/test-all.mjs) counts: each step becomes {label, passed, failed, skipped, failures}, where
// failures name what failed (a test by its title, a file's hook or error, a step that did not run, and why). A
// step that failed or never ran counts as at least one failure, so the closing line cannot read "0 failed" for
// a run that failed.

const clip = (text) => String(text).split("\n")[0].slice(0, 600);

/** A vitest JSON report: failed tests by title; a failed file with no failed test is a hook or an error. */
export function vitestCounts(label, report, relative = (f) => f) {
  const failures = [];
  let hookFailures = 0;
  for (const f of report.testResults.filter((r) => r.status === "failed")) {
    const failedTests = f.assertionResults.filter((t) => t.status === "failed").map((t) => t.title);
    if (failedTests.length)
      failures.push(`${relative(f.name)}: ${failedTests.length} failed test(s): ${failedTests.join("; ")}`);
    else {
      hookFailures += 1;
      failures.push(
        `${relative(f.name)}: ${clip(f.message || "a hook failed or an error was thrown outside a test; see the log above")}`,
      );
    }
  }
  return {
    label,
    passed: report.numPassedTests,
    failed: report.numFailedTests + hookFailures,
    skipped: report.numPendingTests + report.numTodoTests,
    failures,
  };
}

/** A Playwright JSON report: failed (and flaky) tests by file and title; errors outside tests (its web server). */
export function playwrightCounts(label, report) {
  const failures = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === "unexpected" || t.status === "flaky")
          failures.push(`${spec.file}: ${t.status === "flaky" ? "flaky" : "failed"} test: ${spec.title}`);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  for (const e of report.errors ?? [])
    failures.push(`${label}: ${clip(e.message ?? e.value ?? "an error outside the tests")}`);
  return {
    label,
    passed: report.stats.expected,
    failed: report.stats.unexpected + report.stats.flaky,
    skipped: report.stats.skipped,
    failures,
  };
}

/**
 * One step's result from its exit and its report (null when there was none to read). A step that failed with no
 * failed test in its report (its server never started, a crash, no report) still counts as one failure.
 */
export function stepResult(label, exitedOk, counts) {
  const c = counts ?? { label, passed: 0, failed: 0, skipped: 0, failures: [] };
  if (exitedOk || c.failed > 0) return c;
  // named already when the report has an error outside the tests (Playwright's web server, say)
  const why = `${label}: exited with an error${counts ? " and no failed test" : " and no report"}; see the log above`;
  return { ...c, failed: 1, failures: c.failures.length ? c.failures : [why] };
}

/** A step that never ran (what it needed failed first): one failure, saying why. */
export const notRun = (label, why) => ({
  label,
  passed: 0,
  failed: 1,
  skipped: 0,
  failures: [`${label}: did not run (${why})`],
});

/** A check that is not a test runner (format, lint): one test, passed when it exits 0. */
export const checkResult = (label, exitedOk) => ({
  label,
  passed: exitedOk ? 1 : 0,
  failed: exitedOk ? 0 : 1,
  skipped: 0,
  failures: exitedOk ? [] : [`${label}: failed; see the log above`],
});

/** A step left out on purpose, with the reason printed (PostgreSQL tests without a server outside CI). */
export const skippedStep = (label) => ({ label, passed: 0, failed: 0, skipped: 1, failures: [] });

/** The closing lines: each failure named, then "tests: N passed, N failed[, N skipped]"; and the exit code. */
export function summary(results) {
  const sum = (k) => results.reduce((n, r) => n + r[k], 0);
  const passed = sum("passed");
  const failed = sum("failed");
  const skipped = sum("skipped");
  const lines = results.flatMap((r) => r.failures.map((f) => `failed: ${f}`));
  lines.push(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  return { lines, exitCode: failed ? 1 : 0 };
}
