import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "chokepoint-demo";
export const demoEmail = (role: string) => `${role}@chokepoint.demo`;

export async function signIn(page: Page, role: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demoEmail(role));
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
}
