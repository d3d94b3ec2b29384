import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { checkBom as check, signIn } from "./fixtures";

// A compliance officer checks the demo GPU-server BOM for four buyers and dates and gets four different answers,
// each line citing its rule. (Runs before imports.spec.ts, which may replace the seeded list version, the
// team-compiled Entity List facts with SenseTime's entry, with the 2023 snapshot from ../shared/reference.)
const lineRow = (page: Page, text: string) =>
  page.getByRole("table", { name: "Determination lines" }).getByRole("row").filter({ hasText: text });

test.describe.configure({ mode: "serial" });

test("the listed Chinese buyer: every line blocked under the Entity List", async ({ page }) => {
  await signIn(page, "compliance");
  await check(page, "Beijing SenseTime Technology Development Co., Ltd. (CN)", "CN", "2024-06-01");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Blocked");
  await expect(page.getByRole("region", { name: "Determination summary" }).getByLabel("Blocked")).toContainText("5");
  await expect(lineRow(page, "H100")).toContainText("15 CFR 744.11");
  await expect(lineRow(page, "DDR5")).toContainText("EAR99 included");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = fs.readFileSync(await (await downloading).path(), "utf8");
  expect(csv).toContain('entity-list,"15 CFR 744.11');
  expect(csv.split("\r\n").filter(Boolean)).toHaveLength(6);
  // the printable report: no navigation or controls, every row
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print report" })).toBeHidden();
  await expect(page.getByText(/Rules in force on 2024-06-01: .* \(rule set of 2024-04-04\)/)).toBeVisible();
  await expect(page.getByText(/Regulation tables: the shipped baseline \(the eCFR as of 2026-07-23\)/)).toBeVisible();
});

test("an unlisted Chinese buyer: the GPU blocked by the advanced-computing rule, the rest to classify", async ({
  page,
}) => {
  await signIn(page, "compliance");
  await check(page, "Hangzhou Lakeview Retail Systems Co., Ltd. (CN)", "CN", "2024-06-01");
  await expect(lineRow(page, "H100")).toContainText("Blocked");
  await expect(lineRow(page, "H100")).toContainText("742.6(a)(6)(iii)");
  // a licence exception is listed under the line with its conditions, and the line stays blocked
  await expect(lineRow(page, "H100").getByTestId("licence-exceptions")).toContainText(
    "Licence exceptions that may apply, if …",
  );
  await expect(lineRow(page, "H100").getByTestId("licence-exceptions")).toContainText("NAC (15 CFR 740.8(a)(2))");
  await expect(lineRow(page, "Xeon")).toContainText("Needs classification");
});

test("a German buyer: no licence for the GPU", async ({ page }) => {
  await signIn(page, "compliance");
  await check(page, "Rheinland Automation GmbH (DE)", "DE", "2024-06-01");
  await expect(lineRow(page, "H100")).toContainText("No licence required");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Needs classification");
});

test("the listed buyer before its listing: nothing blocked, the GPU not yet 3A090 (3A991, AT only)", async ({
  page,
}) => {
  await signIn(page, "compliance");
  await check(page, "Beijing SenseTime Technology Development Co., Ltd. (CN)", "CN", "2019-06-01");
  await expect(page.getByRole("region", { name: "Determination summary" }).getByLabel("Blocked")).toContainText("0");
  await expect(lineRow(page, "H100")).toContainText("No licence required");
  // the dates are explained: the rule set in force on the date, the listing's own date, and a past-date check
  await expect(page.getByText(/Rules in force on 2019-06-01: .*and earlier dates/)).toBeVisible();
  const dates = page.getByRole("region", { name: "Dates" });
  await expect(dates).toContainText("A check as of a past date");
  await expect(dates.getByRole("list", { name: "Buyer's listings" })).toContainText(
    "listed from 2019-10-09, 84 FR 54002: not yet listed on 2019-06-01.",
  );
  // and it leaves the current exposure alone: the seeded check of the same BOM and buyer still counts
  await page.goto("/boms/exposure");
  await expect(
    page
      .getByRole("table", { name: "BOM checks in force" })
      .getByRole("row")
      .filter({ hasText: "GPU server 8x H100" })
      .filter({ hasText: "SenseTime" }),
  ).toContainText("blocked");
});

test("a compliance officer classifies a line, and the next check uses it", async ({ page }) => {
  await signIn(page, "compliance");
  await page.goto("/boms");
  await page.getByRole("link", { name: "GPU server 8x H100 (demo)" }).click();
  const form = page.getByRole("form", { name: "Classify a line" });
  await form.getByLabel("Line").selectOption({ label: "2: Intel Intel Xeon Platinum 8480+ processor" });
  await form.getByLabel("ECCN").fill("5A992.c");
  await form.getByLabel(/^Note/).fill("Intel's published classification for the Xeon 8480+");
  await form.getByRole("button", { name: "Save classification" }).click();
  await expect(form.getByRole("status")).toContainText("Line classified 5A992.c");
  await check(page, "Rheinland Automation GmbH (DE)", "DE", "2024-06-01");
  await expect(lineRow(page, "Xeon")).toContainText("No licence required");
  await expect(lineRow(page, "Xeon")).toContainText("compliance officer");
});

test("an admin's TPP classifier shows the arithmetic for a new part", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/boms/catalogue");
  // the reference catalogue: 57 accelerators and 38 Jetson part numbers (a virtualised table: the first rows)
  const catalogue = page.getByRole("table", { name: "Parts catalogue" });
  await expect(catalogue).toHaveAttribute("aria-rowcount", "96");
  await expect(catalogue).toContainText("Instinct MI300X");
  const form = page.getByRole("form", { name: "Add a part" });
  await form.getByLabel("Dense TOPS or TFLOPS").fill("1979");
  await form.getByLabel("At bit length").fill("8");
  await form.getByLabel("Die area (mm²)").fill("814");
  const proposal = form
    .getByRole("status", { name: "Proposed classification" })
    .or(form.getByLabel("Proposed classification"));
  await expect(proposal).toContainText("3A090.a");
  await expect(proposal).toContainText("TPP = 1979 dense TOPS x 8-bit = 15832");
  await expect(proposal).toContainText("PD = 15832 / 814 mm2 = 19.45");
});
