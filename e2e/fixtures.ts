import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "chokepoint-demo";
/** The app's origin: a request that changes data with a session cookie must name it (as browsers do). */
export const appOrigin = `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`;
export const demoEmail = (role: string) => `${role}@chokepoint.demo`;

let client = 0;

export async function signIn(page: Page, role: string, password = DEMO_PASSWORD): Promise<void> {
  // Each sign-in comes from its own client address (a documentation range), as real users do: the suite's
  // sign-ins would otherwise share one address's per-minute budget and trip the limiter the roles test checks.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${(client++ % 250) + 1}` });
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demoEmail(role));
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
}

/** Checks the demo GPU-server BOM for a stored buyer, destination and date, and waits for the determination. */
export async function checkBom(page: Page, party: string, destination: string, date: string): Promise<void> {
  await page.goto("/boms");
  await page.getByRole("link", { name: "GPU server 8x H100 (demo)" }).click();
  const form = page.getByRole("form", { name: "Check this BOM" });
  await form.getByLabel("Buyer (a stored party)").fill(party);
  await form.getByLabel("Destination country").fill(destination);
  await form.getByLabel("Date to determine for").fill(date);
  await form.getByRole("button", { name: "Check BOM" }).click();
  await expect(page.getByRole("table", { name: "Determination lines" })).toBeVisible();
}
