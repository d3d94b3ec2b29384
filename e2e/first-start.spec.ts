import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// The offline first start: the seed puts only the team-compiled Entity List facts in force. Runs before
// imports.spec.ts, which may import a full list from ../shared/reference.
test("on the offline first start the overview says the full list is not loaded yet, and how to load it", async ({
  page,
}) => {
  await signIn(page, "compliance");
  const notice = page.getByRole("region", { name: "The list in force" }).getByRole("status");
  await expect(notice).toContainText("The full Consolidated Screening List is not loaded yet.");
  await expect(notice).toContainText("only the 35 team-compiled Entity List facts");
  await expect(notice.locator("code")).toHaveText("npx chokepoint lists update");
});
