import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// An executive models a listing: moves the conversion slider, sees the scenario and the tornado change, saves
// it, opens the shared link in a new page with the same state, and downloads a chart and the series.
test("an executive moves a lever, saves the scenario, shares it and downloads the charts", async ({
  page,
  context,
}) => {
  await signIn(page, "executive");
  await page.goto("/scenarios");
  const headline = page.getByRole("region", { name: "Headline" }).getByLabel("Cumulative revenue");
  await expect(headline).toContainText("CNY");
  // the full Monte Carlo arrives from its Web Worker
  await expect(page.getByLabel("Monte Carlo paths")).toHaveText(/^10,000 paths, seed \d+$/);
  const before = await headline.locator("strong").textContent();
  const tornadoBefore = await page.getByRole("list", { name: "Levers by effect" }).textContent();

  const slider = page.getByRole("slider", { name: /Share of lost customers who buy software/ });
  await slider.fill("0.9");
  await expect(headline.locator("strong")).not.toHaveText(before!);
  await expect(page.getByRole("list", { name: "Levers by effect" })).not.toHaveText(tornadoBefore!);
  await expect(slider).toHaveAttribute("aria-valuetext", "90 %");
  await expect(page).toHaveURL(/\?s=/);

  const save = page.getByRole("form", { name: "Save scenario" });
  await save.getByLabel("Name").fill("Board case: 90 % convert");
  await save.getByRole("button", { name: "Save scenario" }).click();
  await expect(save.getByRole("status")).toContainText("Saved “Board case: 90 % convert” as version 1.");

  // the link reproduces the view in a new page
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByRole("slider", { name: /Share of lost customers who buy software/ })).toHaveAttribute(
    "aria-valuetext",
    "90 %",
  );
  await expect(
    shared.getByRole("region", { name: "Headline" }).getByLabel("Cumulative revenue").locator("strong"),
  ).toHaveText((await headline.locator("strong").textContent())!);

  const png = page.waitForEvent("download");
  await page
    .getByRole("figure", { name: "Revenue: baseline and scenario, P10–P90" })
    .getByRole("button", { name: "PNG" })
    .click();
  const pngFile = fs.readFileSync(await (await png).path());
  expect(pngFile.subarray(1, 4).toString()).toBe("PNG");
  // the whole chart, not the 28 px legend icon: the PNG's header gives its size (drawn at twice the chart's)
  expect(pngFile.readUInt32BE(16)).toBeGreaterThan(400);
  expect(pngFile.readUInt32BE(20)).toBeGreaterThan(400);
  const svg = page.waitForEvent("download");
  await page
    .getByRole("figure", { name: "Revenue: baseline and scenario, P10–P90" })
    .getByRole("button", { name: "SVG" })
    .click();
  const svgText = fs.readFileSync(await (await svg).path(), "utf8");
  expect(svgText).toContain(">Revenue: baseline and scenario, P10–P90</text>");
  for (const series of ["P10–P90", "Baseline", "Scenario"]) expect(svgText).toContain(`>${series}</text>`);
  expect(svgText).toMatch(/>Source: Chokepoint scenario model, \d{4}-\d{2}-\d{2}\.<\/text>/);
  // axis labels in compact units: no long digit runs that an axis would clip
  expect(svgText).toMatch(/<tspan[^>]*>\d+(\.\d)?[KMB]<\/tspan>/);
  const csv = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download series (CSV)" }).click();
  const text = fs.readFileSync(await (await csv).path(), "utf8");
  expect(text.split("\r\n")[0]).toBe(
    "period,line,segment,baseline_revenue,scenario_revenue,difference,baseline_gross_profit,scenario_gross_profit,p10_revenue,p50_revenue,p90_revenue,currency",
  );
  expect(text).toMatch(/\r\n\d{4},AI cameras and edge boxes,hardware,/);
  expect(text).toMatch(/\r\n\d{4},Total,all,/);
});

test("an analyst may model but not save, and a damaged link says so", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/scenarios?s=not-a-scenario");
  await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Save scenario" })).toHaveCount(0);
});
