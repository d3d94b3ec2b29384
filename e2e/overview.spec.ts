import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { checkBom, signIn } from "./fixtures";

const card = (page: Page, label: string) => page.getByRole("region", { name: label, exact: true });
const figure = async (page: Page, label: string) =>
  Number((await card(page, label).locator("a.value").innerText()).replace(/[^\d]/g, ""));
/** Rows a table lists under its current filters (it is virtualised, so it says how many in aria-rowcount). */
const tableRows = async (page: Page, name: string) =>
  Number(await page.getByRole("table", { name, exact: true }).getAttribute("aria-rowcount")) - 1;

test.describe.configure({ mode: "serial" });

test("each overview card's number equals what its drill-down table lists", async ({ page }) => {
  await signIn(page, "compliance");
  const drills: [card: string, table: string][] = [
    ["Parties", "Parties"],
    ["Hits awaiting a decision", "Screening hits"],
    ["Confirmed matches", "Screening hits"],
    ["Decisions expiring soon", "Screening hits"],
    ["BOM checks in force", "BOM checks in force"],
    ["Lines blocked", "Blocked and licence-required lines"],
    ["Lines licence required", "Blocked and licence-required lines"],
  ];
  for (const [label, table] of drills) {
    await page.goto("/");
    const shown = await figure(page, label);
    await card(page, label).getByRole("link").click();
    await expect(page.getByRole("table", { name: table, exact: true })).toBeVisible();
    await expect.poll(() => tableRows(page, table), { message: `${label} → ${table}` }).toBe(shown);
  }
  // the seeded demo: the GPU server sold to a listed entity is blocked, and the H100 drives the value at risk
  await page.goto("/");
  expect(await figure(page, "Lines blocked")).toBeGreaterThan(0);
  const parts = page.getByRole("table", { name: "Controlled parts driving exposure" });
  const h100 = parts.getByRole("row").filter({ hasText: "H100" }).first();
  const lines = Number(await h100.getByRole("cell").nth(1).innerText());
  await h100.getByRole("link").click();
  await expect.poll(() => tableRows(page, "Blocked and licence-required lines")).toBe(lines);
});

test("filters live in the URL and narrow every panel", async ({ page, browser }) => {
  // arrange: a BOM check for the demo's German buyer, so the filtered exposure panel has a check to list
  const officer = await browser.newPage();
  await signIn(officer, "compliance");
  // as of today: a check for a past date is history, not current exposure
  await checkBom(officer, "Rheinland Automation GmbH (DE)", "DE", new Date().toISOString().slice(0, 10));
  await officer.close();

  await signIn(page, "executive");
  await page.getByLabel("Destination").selectOption("DE");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/destination=DE/);
  await expect(page.getByLabel("Destination")).toHaveValue("DE");
  // the demo's only German party is unlisted: no hits for Germany
  await expect.poll(() => figure(page, "Hits awaiting a decision")).toBe(0);
  // the checks for Germany lead to the exposure page under the same filter, and only those
  await expect(page.getByRole("region", { name: "BOM exposure" }).getByText("No BOM checks yet")).toBeHidden();
  const checks = await figure(page, "BOM checks in force");
  expect(checks).toBeGreaterThan(0);
  await card(page, "BOM checks in force").locator("a.value").click();
  await expect(page).toHaveURL(/\/boms\/exposure\?destination=DE/);
  await expect.poll(() => tableRows(page, "BOM checks in force")).toBe(checks);
  const destinations = await page
    .getByRole("table", { name: "BOM checks in force" })
    .locator("tbody tr td:nth-child(3)")
    .allInnerTexts();
  expect(destinations).toEqual(Array(checks).fill("DE"));
  await page.goto("/?destination=CN&from=2024-13-01");
  await expect(page.getByRole("alert").filter({ hasText: "from:" })).toContainText('"2024-13-01" is not a date');
  await expect(page.getByLabel("Destination")).toHaveValue("CN");
});

test("an edited list version shows in what changed, with the parties and counts it touched", async ({
  page,
  browser,
}) => {
  await signIn(page, "compliance");

  // an analyst imports the list in force (the seeded Entity List facts) with one entry added (an invented test
  // entry, not real list data)
  const facts = fs.readFileSync(path.resolve(import.meta.dirname, "../data/reference/entity-list-facts.csv"), "utf8");
  const complete = facts.endsWith("\n") ? facts : `${facts}\n`;
  const header = complete
    .slice(0, complete.indexOf("\n"))
    .split(",")
    .map((h) => h.replace(/^"|"$/g, ""));
  const row = Object.fromEntries(header.map((h) => [h, ""]));
  Object.assign(row, {
    _id: `e2e${Date.now()}`,
    source: "Entity List (EL) - Bureau of Industry and Security",
    name: "Hangzhou Lakeview Retail Systems Co., Ltd.",
    addresses: "Xihu District, Hangzhou, Zhejiang, CN",
    license_requirement: "For all items subject to the EAR.",
    license_policy: "Presumption of denial.",
    remarks: "e2e test entry",
  });
  const edited = `${complete}${header.map((h) => `"${row[h]}"`).join(",")}\n`;
  const analyst = await (await browser.newContext()).newPage();
  await signIn(analyst, "analyst");
  await analyst.goto("/imports");
  await analyst
    .getByLabel("File to import")
    .setInputFiles({ name: "csl-edited-e2e.csv", mimeType: "text/csv", buffer: Buffer.from(edited) });
  await analyst.getByRole("button", { name: "Import", exact: true }).click();
  await expect(analyst.getByRole("status", { name: "Import result" })).toContainText(/imported/i, { timeout: 90_000 });
  await analyst.close();

  // the overview: the new version in force, what it added, and the party it turned into a match
  await expect(async () => {
    await page.goto("/");
    await expect(card(page, "List in force")).toContainText("csl-edited-e2e");
    await expect(page.getByRole("region", { name: "The list in force" })).toContainText(
      "Hangzhou Lakeview Retail Systems Co., Ltd.: clear → match",
    );
  }).toPass({ timeout: 90_000 });
  await expect(card(page, "Last update")).toContainText("+1 /");
  expect(await figure(page, "Parties it touched")).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole("list", { name: /newest first/ })).toContainText("csl-edited-e2e");
  const awaiting = await figure(page, "Hits awaiting a decision");
  await card(page, "Hits awaiting a decision").locator("a.value").click();
  await expect.poll(() => tableRows(page, "Screening hits")).toBe(awaiting);
  await expect(page.getByRole("table", { name: "Screening hits" })).toContainText(
    "Hangzhou Lakeview Retail Systems Co., Ltd.",
  );
  await page.goto("/");
  await card(page, "Parties it touched").getByRole("link").click();
  await expect(page.getByText("Hangzhou Lakeview Retail Systems Co., Ltd.").first()).toBeVisible();

  // the weekly digest says the same, ready to paste
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/digest");
  const text = page.getByLabel("Digest as plain text");
  await expect(text).toContainText("Hangzhou Lakeview Retail Systems Co., Ltd.: clear -> match");
  await page.getByRole("button", { name: "Copy Markdown" }).click();
  await expect(page.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("## Chokepoint weekly digest");
});

test("the risk report prints with its versions, author and time", async ({ page }) => {
  await signIn(page, "executive");
  await page.getByRole("link", { name: "Printable report" }).click();
  await expect(page.getByRole("heading", { name: "Export-control risk report" })).toBeVisible();
  const meta = page.locator(".report-meta");
  await expect(meta).toContainText("executive@chokepoint.demo");
  await expect(meta).toContainText(/List version.*published/s);
  await expect(meta).toContainText(/Rule sets\s*\d{4}-\d{2}-\d{2}: /);
  for (const h of [
    "1. The list in force and its last update",
    "2. Parties",
    "3. BOM exposure",
    "4. Revenue at risk",
    "5. Timeline",
  ])
    await expect(page.getByRole("heading", { name: h })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
});

test("tables sort from the keyboard and keep their filter in the URL", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/screening");
  const filter = page.getByLabel("Filter Listed entries");
  await filter.fill("Defense Technology");
  await expect(page).toHaveURL(/eq=Defense\+Technology|eq=Defense%20Technology/);
  const table = page.getByRole("table", { name: "Listed entries" });
  await expect(
    table.getByRole("row").filter({ hasText: "National University of Defense Technology (NUDT)" }).first(),
  ).toBeVisible();
  await table.getByRole("button", { name: "Listed name" }).focus();
  await page.keyboard.press("Enter");
  await expect(table.getByRole("columnheader", { name: /Listed name/ })).toHaveAttribute("aria-sort", "ascending");
  await page.reload();
  await expect(page.getByLabel("Filter Listed entries")).toHaveValue("Defense Technology");
});
