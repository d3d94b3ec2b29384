import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// The party a licence names is picked by typing: the server suggests stored parties, so thousands of them never
// load into the page, and the form posts the label it shows.
test("a compliance officer records a licence for a party found by typing part of its name", async ({ page }) => {
  await signIn(page, "compliance");
  await page.goto("/boms/licences");
  const form = page.getByRole("form", { name: "Record a licence" });
  const party = form.getByLabel("Party it names");
  await party.fill("harbour log");
  // the suggestions arrive from the server as the officer types
  await expect(form.locator('datalist option[value="Shenzhen Harbour Logistics Co., Ltd. (CN)"]')).toHaveCount(1);
  await party.fill("Shenzhen Harbour Logistics Co., Ltd. (CN)");
  await form.getByLabel("Licence number").fill("D1234567");
  await form.getByLabel("ECCNs covered (comma-separated; * for all)").fill("5A992.c");
  await form.getByLabel("Valid from").fill("2026-01-01");
  await form.getByRole("button", { name: "Record licence" }).click();
  await expect(form.getByRole("status")).toContainText("Licence D1234567 recorded.");
  await expect(
    page.getByRole("table", { name: "Licences" }).getByRole("row").filter({ hasText: "D1234567" }),
  ).toContainText("Shenzhen Harbour Logistics Co., Ltd.");
});

test("a party name that matches no stored party is refused with the reason", async ({ page }) => {
  await signIn(page, "compliance");
  await page.goto("/boms/licences");
  const form = page.getByRole("form", { name: "Record a licence" });
  await form.getByLabel("Party it names").fill("Nobody Trading GmbH (DE)");
  await form.getByLabel("Licence number").fill("D7654321");
  await form.getByLabel("ECCNs covered (comma-separated; * for all)").fill("5A992.c");
  await form.getByLabel("Valid from").fill("2026-01-01");
  await form.getByRole("button", { name: "Record licence" }).click();
  await expect(form.getByRole("alert")).toContainText(
    "No stored party is named “Nobody Trading GmbH (DE)”: pick one from the suggestions.",
  );
  await expect(page.getByRole("table", { name: "Licences" }).getByText("D7654321")).toHaveCount(0);
});
