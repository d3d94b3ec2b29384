import { expect, test } from "@playwright/test";
import { checkBom, signIn } from "./fixtures";

// A compliance officer replays the checks in force against the rules of the day before the first advanced-computing
// rule (2022-10-07): the H100s that a check of today blocks for an unlisted Chinese buyer (the demo ship-to party, on
// no list in any spec: overview.spec.ts lists Lakeview) needed no licence then.
const today = new Date().toISOString().slice(0, 10);

test("a compliance officer replays the checks in force against the rules of 2022-10-06 and sees the H100 line change", async ({
  page,
}) => {
  await signIn(page, "compliance");
  await checkBom(page, "Shenzhen Harbour Logistics Co., Ltd. (CN)", "CN", today);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rule replay" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rule replay" })).toBeVisible();
  const form = page.getByRole("form", { name: "Replay against" });
  await form.getByLabel("or the rules as of").fill("2022-10-06");
  await form.getByRole("button", { name: "Replay" }).click();

  await expect(page).toHaveURL(/[?&]date=2022-10-06/);
  await expect(page.getByRole("heading", { name: "Under the rules as of 2022-10-06" })).toBeVisible();
  await expect(page.getByText("Rule set 2022-03-02: Belarus rules (87 FR 13048).")).toBeVisible();
  // the rule timeline: each rule set by its date and source, and the regulation tables the checks read
  await expect(
    page.getByRole("table", { name: "Rule-set versions" }).getByRole("row").filter({ hasText: "2023-11-17" }),
  ).toContainText("88 FR 73458");
  await expect(page.getByRole("table", { name: "Regulation tables" })).toContainText("shipped baseline (in use)");
  const row = page
    .getByRole("table", { name: "Lines whose status would change" })
    .getByRole("row")
    .filter({ hasText: "Shenzhen Harbour Logistics" })
    .filter({ hasText: "H100" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("GPU server 8x H100 (demo)");
  await expect(row).toContainText("3A090.a → 3A991");
  await expect(row).toContainText("Blocked");
  await expect(row).toContainText("Advanced computing · 15 CFR 742.6(a)(6)(iii)");
  await expect(row).toContainText("No licence required · 15 CFR 732.3");
  await expect(row).toContainText("$200,000");
  await expect(
    page
      .getByRole("table", { name: "Changed lines by customer" })
      .getByRole("row")
      .filter({ hasText: "Shenzhen Harbour" }),
  ).toContainText("$200,000");
  await expect(page.getByText("A replay is a read: it records no determination")).toBeVisible();

  // the Overview's rule changes since 2022-10-07 lead to the same replay
  await page.goto("/?from=2022-10-07");
  const panel = page.getByRole("region", { name: "Rule changes" });
  await expect(panel.getByRole("list", { name: "Rule-set versions in force since the period began" })).toContainText(
    "2022-10-07: First advanced-computing rule (87 FR 62186)",
  );
  await panel.getByRole("link", { name: /^\d+ lines? would change status$/ }).click();
  await expect(page.getByRole("heading", { name: "Under the rules as of 2022-10-06" })).toBeVisible();

  // a date that is not on the calendar is refused in words
  await page.goto("/replay?rules=2022-02-30");
  await expect(page.getByRole("main").getByRole("alert")).toContainText('rules "2022-02-30": not a calendar date');
});
