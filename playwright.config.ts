import fs from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium where present (browsers cannot be downloaded here); Playwright's own browser otherwise.
const debianChromium = "/usr/bin/chromium";
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync(debianChromium) ? debianChromium : undefined);
const port = process.env.E2E_PORT ?? "3100";
const label = process.env.E2E_DATABASE_URL?.startsWith("postgres") ? "postgresql" : "sqlite";

export default defineConfig({
  testDir: "e2e",
  // The specs share one database, as users share one server. Those that read the seeded Entity List facts as
  // the list in force run first; those that replace the list (an imported snapshot, a publisher's update)
  // run after them. Within each group, files run in name order.
  projects: [
    { name: "on the seeded list", testMatch: /\/(admin|determinations|first-start|overview)\.spec\.ts$/ },
    {
      name: "after list changes",
      testIgnore: /\/(admin|determinations|first-start|overview)\.spec\.ts$/,
      dependencies: ["on the seeded list"],
    },
  ],
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_REPORT ?? `reports/e2e-${label}.json` }]],
  outputDir: `test-results/${label}`,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
