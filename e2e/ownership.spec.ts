import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";

// Who the buyer really is: an analyst imports who owns whom; a compliance officer checks the demo GPU server for
// a German buyer held by a Chinese group and sees the licence the group's headquarters brings, then opens the
// buyer's party page with its ownership path. (The holdings are invented: tests/fixtures/ownership/.)
const ownership = {
  name: "ownership.csv",
  mimeType: "text/csv",
  buffer: fs.readFileSync(path.join(process.cwd(), "tests/fixtures/ownership/ownership.csv")),
};
const lineRow = (page: Page, text: string) =>
  page.getByRole("table", { name: "Determination lines" }).getByRole("row").filter({ hasText: text });

test.describe.configure({ mode: "serial" });

test("an analyst imports an ownership file", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/imports");
  await page.getByLabel("File to import").setInputFiles(ownership);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const result = page.getByRole("status", { name: "Import result" });
  await expect(result.getByRole("heading")).toHaveText(/^Imported$/, { timeout: 60_000 });
  await expect(result).toContainText("ownership statements imported");
});

test("a German subsidiary of a Chinese group: the GPU needs the licence its parent would, and the party page shows why", async ({
  page,
}) => {
  await signIn(page, "compliance");
  await page.goto("/boms");
  await page.getByRole("link", { name: "GPU server 8x H100 (demo)" }).click();
  const form = page.getByRole("form", { name: "Check this BOM" });
  await form.getByLabel("Buyer (a stored party)").fill("Rheinland Automation GmbH (DE)");
  await form.getByLabel("Destination country").fill("DE");
  await form.getByLabel("Date to determine for").fill("2024-06-01");
  await form.getByRole("button", { name: "Check BOM" }).click();
  await expect(lineRow(page, "H100")).toContainText("Blocked");
  await expect(lineRow(page, "H100")).toContainText("744.23(a)(3)");

  // the party's page, from the stored parties on the screening page
  await page.goto("/screening?pq=Rheinland");
  await page.getByRole("table", { name: "Parties" }).getByRole("link", { name: "Rheinland Automation GmbH" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rheinland Automation GmbH");
  await expect(page.locator("p").filter({ hasText: "Ultimate parent:" })).toContainText(
    "Hangzhou Lakeview Retail Systems Co., Ltd. (CN): Lakeview Europe Holding B.V. holds 75 % of Rheinland Automation GmbH",
  );
  const statements = page.getByRole("table", { name: "Ownership statements in force" });
  await expect(statements.getByRole("row").filter({ hasText: "Lakeview Europe Holding B.V." }).first()).toContainText(
    "75 %",
  ); // the owners as a tree up to the ultimate parent, with the arithmetic of each path
  const tree = page.getByRole("list", { name: "Owners of Rheinland Automation GmbH" });
  await expect(tree.getByRole("listitem").first()).toContainText(
    "Lakeview Europe Holding B.V. (NL) holds 75 % of Rheinland Automation GmbH",
  );
  await expect(tree).toContainText(
    "Hangzhou Lakeview Retail Systems Co., Ltd. (CN) holds 100 % of Lakeview Europe Holding B.V.; of Rheinland Automation GmbH: 100 % x 75 % = 75 %",
  );
  // a branch folds from the keyboard
  const branch = tree.locator("summary").first();
  await branch.focus();
  await page.keyboard.press("Enter");
  await expect(tree.getByText("Hangzhou Lakeview Retail Systems Co., Ltd.")).toBeHidden();
});

test("the check form takes owners: a buyer 60 % owned by a listed company is blocked as its affiliate", async ({
  page,
}) => {
  await signIn(page, "compliance");
  await page.goto("/boms");
  await page.getByRole("link", { name: "GPU server 8x H100 (demo)" }).click();
  const form = page.getByRole("form", { name: "Check this BOM" });
  await form.getByLabel("Buyer name (when not a stored party)").fill("Invented Form Buyer GmbH");
  await form.getByLabel("Buyer headquarters country").fill("DE");
  // an owner on the Entity List both in the seeded facts and in the 2023 snapshot the imports spec puts in force
  await form.getByLabel(/^Owners/).fill("National University of Defense Technology=60");
  await form.getByLabel("Destination country").fill("DE");
  // today: the affiliates rule is in force again after its stay (to 2026-11-09), and a check as of today counts
  // in the current exposure
  await form.getByLabel("Date to determine for").fill(new Date().toISOString().slice(0, 10));
  await form.getByRole("button", { name: "Check BOM" }).click();
  await expect(lineRow(page, "H100")).toContainText("Blocked");
  await expect(lineRow(page, "H100")).toContainText("90 FR 47201");
  // the Overview counts the customer as caught only through its owner
  await page.goto("/");
  const caught = page.getByRole("region", { name: "Caught only through ownership or address" });
  await expect
    .poll(async () => Number((await caught.locator(".value").innerText()).replace(/,/g, "")))
    .toBeGreaterThan(0);
});

test("the check form refuses an owner without a percent, saying which line", async ({ page }) => {
  await signIn(page, "compliance");
  await page.goto("/boms");
  await page.getByRole("link", { name: "GPU server 8x H100 (demo)" }).click();
  const form = page.getByRole("form", { name: "Check this BOM" });
  await form.getByLabel("Buyer name (when not a stored party)").fill("Invented Form Buyer GmbH");
  await form.getByLabel(/^Owners/).fill("Megvii Technology Limited");
  await form.getByLabel("Destination country").fill("DE");
  await form.getByRole("button", { name: "Check BOM" }).click();
  await expect(form).toContainText('"Megvii Technology Limited": expected name=percent');
});
