import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

test("the overview shows the seeded list and counts, and each card leads to its detail", async ({ page }) => {
  await signIn(page, "compliance");
  const card = (label: string) => page.getByRole("region", { name: label, exact: true });
  await expect(card("List in force")).toContainText("CSL 2023-11 snapshot (subset) + Entity List facts");
  await expect(card("List in force")).toContainText("published 2023-11-16");
  await expect(card("Listed parties")).toContainText("4,243");
  await expect(card("Entity List entries")).toContainText("936");
  await expect(card("Parties")).toContainText("7");
  await expect(card("BOMs")).toContainText("5");

  await card("BOMs").getByRole("link").click();
  await expect(page.getByRole("table", { name: "Bills of materials" }).getByRole("row")).toHaveCount(6); // header + 5
  await page.getByRole("link", { name: "GPU server 8x H100 (demo)" }).click();
  await expect(page.getByRole("cell", { name: "NVIDIA H100 SXM5 80GB GPU" })).toBeVisible();
});

test("tables sort from the keyboard and keep their filter in the URL", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/screening");
  const filter = page.getByLabel("Filter Listed entries");
  await filter.fill("SenseTime");
  await expect(page).toHaveURL(/eq=SenseTime/);
  const table = page.getByRole("table", { name: "Listed entries" });
  await expect(table.getByRole("row").filter({ hasText: "Beijing SenseTime Technology Development Co., Ltd." })).toHaveCount(1);
  await table.getByRole("button", { name: "Listed name" }).focus();
  await page.keyboard.press("Enter");
  await expect(table.getByRole("columnheader", { name: /Listed name/ })).toHaveAttribute("aria-sort", "ascending");
  await page.reload();
  await expect(page.getByLabel("Filter Listed entries")).toHaveValue("SenseTime");
});
