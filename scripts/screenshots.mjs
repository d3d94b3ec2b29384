#!/usr/bin/env node
// Screenshots of the overview for the README (docs/overview-1440.png and docs/overview-390.png), taken from a
// running server on the seeded demo: `npm start` in one terminal, then `node scripts/screenshots.mjs`
// (BASE_URL to point elsewhere). Uses Debian's Chromium where present, as the end-to-end tests do.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const base = process.env.BASE_URL ?? "http://localhost:3000";
const executablePath = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
try {
  for (const width of [1440, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${base}/sign-in`);
    await page.waitForLoadState("networkidle"); // the form submits through JavaScript once hydrated
    await page.getByLabel("Email").fill("compliance@chokepoint.demo");
    await page.getByLabel("Password").fill("chokepoint-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Overview" }).waitFor();
    await page.getByRole("table", { name: "Controlled parts driving exposure" }).waitFor();
    await page.waitForLoadState("networkidle");
    const file = path.join(root, "docs", `overview-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${path.relative(root, file)}`);
    await page.close();
  }
} finally {
  await browser.close();
}
