import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// The server's scheduled update runs at start-up against the local publisher e2e-server.mjs starts (a small
// team-written list in the official JSON layout). That list lacks the entry the seeded customer matches, so the
// update is quarantined with the customer named, and the list in force keeps serving.
const customer = "Beijing SenseTime Technology Development Co., Ltd.";

test.describe.configure({ mode: "serial" });

test("the scheduled update's result shows on the Overview", async ({ page }) => {
  await signIn(page, "admin");
  const panel = page.getByRole("region", { name: "List updates" });
  await expect(async () => {
    await page.goto("/");
    await expect(panel.getByLabel("Last list update")).toContainText("quarantined");
  }).toPass({ timeout: 90_000 });
  await expect(panel.getByLabel("Last list update")).toContainText("scheduled");
  await expect(panel.getByLabel("Last list update")).toContainText("2026-07-31 13:15 UTC");
  await expect(panel.getByLabel("Last list update")).toContainText(`touches your party "${customer}"`);
  await expect(panel).toContainText("Scheduled every 24 h from http://127.0.0.1:");
  // the list in force did not change: still the seeded one
  await expect(page.getByRole("region", { name: "List in force", exact: true })).not.toContainText(
    "CSL from 127.0.0.1",
  );
  const health = await (await page.request.get("/api/health")).json();
  expect(health.lists.lastUpdate).toMatchObject({
    trigger: "schedule",
    status: "quarantined",
    publishedAt: "2026-07-31T13:15:00.000Z",
  });
});

test("a removal touching a customer is quarantined with the customer named, and approving it needs a reason", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/");
  await page
    .getByRole("region", { name: "List updates" })
    .getByRole("link", { name: /CSL from 127\.0\.0\.1/ })
    .click();
  const quarantine = page.getByRole("region", { name: "Quarantine" });
  await expect(quarantine).toContainText(`touches your party "${customer}": removes the entry`);
  // the diff comes before the decision
  await expect(page.getByRole("region", { name: "Diff" })).toContainText("removed");
  const decision = page.getByRole("region", { name: "Decision" });
  await expect(decision.getByLabel("What approving does")).toContainText(
    /removes [\d,]+ \(\d+(\.\d)? % of the [\d,]+ in force\)/,
  );
  await decision.getByRole("button", { name: "Approve and make current" }).click();
  await expect(decision.getByRole("alert")).toContainText("Approving a quarantined list version needs a reason");
  await expect(page.locator("header .badge")).toHaveText("quarantined");
  // set aside: rejecting needs no reason, and the decision is audited with the quarantine reasons
  await decision.getByLabel(/Reason/).fill("The publisher's file lacks most of the list: a broken export.");
  await decision.getByRole("button", { name: "Reject" }).click();
  await expect(page.locator("header .badge")).toHaveText("rejected");
  await page.goto("/audit");
  await expect(page.getByRole("row").filter({ hasText: "list-version.rejected" }).first()).toContainText(
    "a broken export",
  );
});

test("an admin updates the lists now: the publisher's file is unchanged", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/");
  const panel = page.getByRole("region", { name: "List updates" });
  await panel.getByRole("button", { name: "Update lists now" }).click();
  await expect(async () => {
    await page.goto("/");
    await expect(panel.getByLabel("Last list update")).toContainText("unchanged");
  }).toPass({ timeout: 60_000 });
  await expect(panel.getByLabel("Last list update")).toContainText("by an admin");
  await expect(panel.getByLabel("Last list update")).toContainText("not modified since the last download");
});

test("only an admin sees the update button", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/");
  await expect(page.getByRole("region", { name: "List updates" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Update lists now" })).toHaveCount(0);
});
