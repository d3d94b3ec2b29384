import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { suiteConfig, useBlankDatabase } from "./database";

// `npx chokepoint scenario --backtest` on a fresh database with the demo data: the JSON contract of issue 19.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-backtest-"));
const database = useBlankDatabase({ beforeAll, afterAll }, dir);
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/chokepoint.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: database().url },
  });

describe(`scenario --backtest (${suiteConfig().provider})`, () => {
  it("sets the demo company's scenario as seen on 2019-10-09 against its reported revenue, and fits the levers", () => {
    const setup = cli("db", "setup");
    expect(setup.status, setup.stderr).toBe(0);
    const r = cli("scenario", "--backtest", "--as-of", "2019-10-09", "--paths", "2000", "--json");
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.asOf).toBe("2019-10-09");
    expect(out.baseYear).toBe(2018);
    expect(out.listingDate).toBe("2019-10-09");
    expect(out.currency).toBe("CNY");
    // the reported revenue in fen (data/reference/sensetime-revenue.csv)
    expect(out.years.map((y: { year: number; actual: number }) => [y.year, y.actual])).toEqual([
      [2019, 302_660_000_000],
      [2020, 344_620_000_000],
      [2021, 470_026_300_000],
      [2022, 380_851_000_000],
      [2023, 340_580_000_000],
      [2024, 377_200_000_000],
    ]);
    for (const y of out.years) {
      expect(Object.keys(y).sort()).toEqual(["actual", "ape", "inBand", "p10", "p50", "p90", "year"]);
      expect(y.p10).toBeLessThanOrEqual(y.p50);
      expect(y.p50).toBeLessThanOrEqual(y.p90);
      expect(y.inBand).toBe(y.actual >= y.p10 && y.actual <= y.p90);
    }
    // the demo lines do not grow and lose exposed hardware revenue, so the scenario falls far short of what happened
    expect(out.mape).toBeGreaterThan(0.4);
    expect(out.coverage).toBe(0);
    expect(Object.keys(out.fitted)).toContain("baselineGrowthBp");
    expect(out.fittedMape).toBeLessThan(out.mape / 2);
  }, 120_000);

  it("refuses an as-of date that is not a date, or before any figures", () => {
    const bad = cli("scenario", "--backtest", "--as-of", "last year", "--json");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("--as-of last year: expected a date as YYYY-MM-DD");
    const early = cli("scenario", "--backtest", "--as-of", "2017-01-01", "--json");
    expect(early.status).toBe(1);
    expect(early.stderr).toContain("--as-of 2017-01-01: No financials had been reported by 2017-01-01");
  }, 60_000);
});
