import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// The seed story checked against what happened (issue 19): an executive opens the backtest of the demo company as
// of its listing date, 2019-10-09, sees what SenseTime reported for 2019-2024 beside the band with the error and the
// coverage, fits the levers to history and sees the error fall.
test("an executive backtests the SenseTime scenario as of 2019-10-09 and fits the levers to history", async ({
  page,
}) => {
  await signIn(page, "executive");
  await page.goto("/scenarios");
  const panel = page.getByRole("region", { name: /Backtest: SenseTime Group Inc\./ });
  await expect(panel.getByLabel("As of")).toHaveValue("2019-10-09");
  await expect(panel).toContainText("Entity List from 2019-10-09 (84 FR 54002)");

  const table = panel.getByRole("table", { name: "Backtest by year" });
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(6);
  // reported revenue, RMB millions (data/reference/sensetime-revenue.csv)
  const reported = ["3,027 m", "3,446 m", "4,700 m", "3,809 m", "3,406 m", "3,772 m"];
  for (const [i, year] of ["2019", "2020", "2021", "2022", "2023", "2024"].entries()) {
    await expect(rows.nth(i).locator("td").first()).toHaveText(year);
    await expect(rows.nth(i).locator("td").nth(4)).toHaveText(reported[i]!);
    // with the demo's default levers every actual lies above the band: the company did better than projected
    await expect(rows.nth(i).locator("td").nth(6)).toHaveText("no, above");
  }
  const summary = panel.getByLabel("Backtest summary");
  await expect(summary).toContainText(
    /As set, from base year 2018: mean absolute error \d+\.\d %, 0\.0 % of the actuals/,
  );
  const asSetError = Number((await summary.textContent())!.match(/mean absolute error (\d+\.\d) %/)![1]);
  expect(asSetError).toBeGreaterThan(40);
  await expect(
    panel.getByRole("figure", { name: /Reported revenue against the projection of 2019-10-09/ }),
  ).toContainText("the dots are what SenseTime Group Inc. reported");

  await panel.getByRole("button", { name: "Fit the levers to the actuals" }).click();
  await expect(summary).toContainText(/With the fitted levers: mean absolute error \d+\.\d %/);
  const fittedError = Number(
    (await summary.textContent())!.match(/fitted levers: mean absolute error (\d+\.\d) %/)![1],
  );
  expect(fittedError).toBeLessThan(asSetError / 2);
  await expect(panel.getByRole("list", { name: "Fitted levers" })).toContainText(
    "growth of every line without the listing (bp per year)",
  );
});
