import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./fixtures";

// A compliance officer's main job: screen the parties an analyst imported, read why a hit matched, record a
// false positive, and see it reopen when the listed entry changes in a new list version.
const csv = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
const watchList =
  "name,aliases,country,note\nOrion Photonics Trading LLC,Orion Photonics,AE,Watch: diverted shipments\nBlue Lotus Microwave Co.,,CN,\n";
const watchListEdited =
  "name,aliases,country,note\nOrion Photonics Trading LLC,Orion Photonics; Orion Fotonika,AE,Watch: diverted shipments\nBlue Lotus Microwave Co.,,CN,\nNordwind Tooling AB,,SE,Added after an audit finding\n";
const parties =
  "name,kind,country,address\n" +
  "BOLD BRIDGE INTL. LLC,customer,AM,\n" +
  "SCO North America Inc.,supplier,CA,\n" +
  "Orion Photonix Trading,ship-to,AE,\n" +
  "Nordwind Tooling AB,supplier,SE,\n" +
  "Kestrel Dental Supplies Pty Ltd,customer,AU,\n";

async function importCsv(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, expected: RegExp) {
  await page.goto("/imports");
  await page.getByLabel("File to import").setInputFiles(file);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const result = page.getByRole("status", { name: "Import result" });
  await expect(result.getByRole("heading")).toHaveText(expected, { timeout: 60_000 });
}

const hitRow = (page: Page, party: string) =>
  page.getByRole("table", { name: "Screening hits" }).getByRole("row").filter({ hasText: party });

test.describe.configure({ mode: "serial" });

test("an analyst imports an internal watch list and a parties file", async ({ page }) => {
  await signIn(page, "analyst");
  await importCsv(page, csv("internal-watch-list.csv", watchList), /^Imported$/);
  await importCsv(page, csv("parties-q4.csv", parties), /^Imported$/);
});

test("a compliance officer screens the parties, reads an explanation and records a false positive", async ({
  page,
}) => {
  await signIn(page, "compliance");
  await page.goto("/screening");
  await page.getByRole("button", { name: /^Screen all .* parties$/ }).click();
  await expect(hitRow(page, "Orion Photonix Trading")).toBeVisible({ timeout: 30_000 });
  // real Entity List entries of the 2023 snapshot: a variant of the name, and an alias
  await expect(hitRow(page, "BOLD BRIDGE INTL. LLC").first()).toContainText("Bold Bridge International, LLC");
  await expect(hitRow(page, "BOLD BRIDGE INTL. LLC").first()).toContainText("match");
  await expect(hitRow(page, "SCO North America Inc.").first()).toContainText("Canada Lab Instruments");
  await expect(page.getByRole("table", { name: "Screening hits" })).not.toContainText("Kestrel Dental");

  // the band filter lives in the URL
  await page.getByLabel("Band").selectOption("match");
  await expect(page).toHaveURL(/hf\.band=match/);
  await page.getByLabel("Band").selectOption("");

  // one name, as you type
  await page.getByLabel("Name to screen").fill("Bold Brigde International");
  const answer = page.getByRole("region", { name: "Search result" });
  await expect(answer).toContainText("Bold Bridge International, LLC");
  await answer.getByText("Bold Bridge International, LLC").first().click();
  await expect(answer.getByRole("table", { name: "Token alignment" }).first()).toContainText("brigde");

  // the hit's page: why it matched, and the decision
  await hitRow(page, "Orion Photonix Trading").getByRole("link", { name: "Orion Photonix Trading" }).click();
  await expect(
    page.getByRole("heading", { name: /Orion Photonix Trading ↔ Orion Photonics Trading LLC/ }),
  ).toBeVisible();
  const tokens = page.getByRole("table", { name: "Token alignment" });
  await expect(tokens).toContainText("photonix");
  await expect(tokens).toContainText("photonic");
  await expect(page.getByText(/match ≥ 85, review ≥ 70/)).toBeVisible();
  // no decision is chosen for the officer: with a note typed, the form still cannot be submitted
  const decisions = page.getByRole("group", { name: "Decision" });
  for (const choice of ["False positive", "Confirmed match", "Escalated"])
    await expect(decisions.getByLabel(choice)).not.toBeChecked();
  await page.getByLabel(/^Note/).fill("Different company: a Sharjah freight agent, checked against its trade licence");
  const valueMissing = (field: Locator) => field.evaluate((e) => (e as HTMLInputElement).validity.valueMissing);
  expect(await valueMissing(decisions.getByLabel("False positive"))).toBe(true);
  // clearing a hit in the match band asks for a confirmation of its own
  await decisions.getByLabel("False positive").check();
  const confirm = page.getByLabel(/I confirm the party is not the listed one/);
  expect(await valueMissing(confirm)).toBe(true);
  await confirm.check();
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Decision recorded" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Decision state" })).toHaveText("False positive");
  // and the form is blank again: the next decision is chosen afresh
  await expect(decisions.getByLabel("False positive")).not.toBeChecked();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("table", { name: "Decision history" })).toContainText("compliance@chokepoint.demo");
});

test("known aliases: a registered Chinese name alerts, and the explanation names the alias's source", async ({
  page,
}) => {
  // an analyst's own alias file, through the Imports page
  await signIn(page, "analyst");
  await importCsv(
    page,
    csv(
      "watch-list-aliases.csv",
      "listed_entry,alias,script,source\nOrion Photonics Trading LLC,猎户座光子贸易有限责任公司,hans,Sharjah trade licence 4417 (analyst's copy)\n",
    ),
    /^Imported$/,
  );
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, "compliance");
  await page.goto("/screening");
  const answer = page.getByRole("region", { name: "Search result" });
  // the seed loads data/reference/known-aliases-cn.csv: Hikvision's registered name, here in Traditional characters
  await page.getByLabel("Name to screen").fill("杭州海康威視數字技術股份有限公司");
  await expect(answer).toContainText("Hangzhou Hikvision Digital Technology Co., Ltd.");
  await expect(answer).toContainText("match");
  await answer.getByText("Hangzhou Hikvision Digital Technology Co., Ltd.").first().click();
  await expect(answer.getByText(/Matched the known alias/).first()).toContainText(
    "source: https://www.hikvision.com/cn/",
  );

  await page.getByLabel("Name to screen").fill("猎户座光子贸易有限责任公司");
  await expect(answer).toContainText("Orion Photonics Trading LLC");
  await answer.getByText("Orion Photonics Trading LLC").first().click();
  await expect(answer.getByText(/Matched the known alias/).first()).toContainText(
    "source: Sharjah trade licence 4417 (analyst's copy)",
  );
});

test("an edited list version reopens the decision and shows what changed", async ({ page }) => {
  await signIn(page, "analyst");
  await importCsv(page, csv("internal-watch-list-v2.csv", watchListEdited), /^Imported$/);
  await page.getByRole("button", { name: "Sign out" }).click();

  await signIn(page, "compliance");
  await expect(async () => {
    await page.goto("/screening");
    await expect(hitRow(page, "Orion Photonix Trading")).toContainText("Reopened", { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByText(/automatic, after a new list version/)).toBeVisible();
  await hitRow(page, "Orion Photonix Trading").getByRole("link", { name: "Orion Photonix Trading" }).click();
  await expect(page.getByRole("status", { name: "Decision state" })).toContainText(
    "Reopened: the listed entry changed",
  );

  await page.goto("/screening/changes");
  const changes = page.getByRole("table", { name: "Status changes" });
  await expect(changes.getByRole("row").filter({ hasText: "Nordwind Tooling AB" })).toContainText("added to the list");
});
