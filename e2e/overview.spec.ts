import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

test("the overview shows the database's own counts, and each card leads to its detail", async ({ page }) => {
  await signIn(page, "compliance");
  const counts = await (await page.request.get("/api/v1/overview")).json();
  const card = (label: string) => page.getByRole("region", { name: label, exact: true });
  await expect(card("List in force")).toContainText(counts.list.label);
  await expect(card("List in force")).toContainText("published 2023-11-16");
  await expect(card("Listed parties")).toContainText(counts.listedParties.toLocaleString("en-US"));
  expect(counts.listedParties).toBeGreaterThan(4000);
  await expect(card("Entity List entries")).toContainText(String(counts.entityListEntries));
  await expect(card("Parties")).toContainText(String(counts.parties));
  await expect(card("BOMs")).toContainText(String(counts.boms));

  await card("BOMs").getByRole("link").click();
  await expect(page.getByRole("table", { name: "Bills of materials" }).getByRole("row")).toHaveCount(counts.boms + 1); // with the header
  await page.getByRole("link", { name: "GPU server 8x H100 (demo)" }).click();
  await expect(page.getByRole("cell", { name: "NVIDIA H100 SXM5 80GB GPU" })).toBeVisible();
});

test("tables sort from the keyboard and keep their filter in the URL", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/screening");
  const filter = page.getByLabel("Filter Listed entries");
  await filter.fill("Defense Technology");
  await expect(page).toHaveURL(/eq=Defense\+Technology|eq=Defense%20Technology/);
  const table = page.getByRole("table", { name: "Listed entries" });
  await expect(table.getByRole("row").filter({ hasText: "National University of Defense Technology (NUDT)" }).first()).toBeVisible();
  await table.getByRole("button", { name: "Listed name" }).focus();
  await page.keyboard.press("Enter");
  await expect(table.getByRole("columnheader", { name: /Listed name/ })).toHaveAttribute("aria-sort", "ascending");
  await page.reload();
  await expect(page.getByLabel("Filter Listed entries")).toHaveValue("Defense Technology");
});
