// `npx chokepoint scenario --backtest [--as-of D] [--json]`: the demo company's scenario as seen on D, set against
// the revenue it then reported, with the levers fitted to history.
import { disconnectDb } from "@/lib/db";
import { backtestData } from "@/lib/data/backtest";
import { AppError } from "@/lib/errors";
import { backtestWithFit } from "@/lib/scenarios/backtest";
import type { ScenarioParams } from "@/lib/scenarios/params";

export async function runBacktestCommand(
  params: ScenarioParams,
  opts: { asOf: string; paths: number; json: boolean },
): Promise<void> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf) || Number.isNaN(Date.parse(opts.asOf)))
    throw new AppError("INVALID_INPUT", `--as-of ${opts.asOf}: expected a date as YYYY-MM-DD`);
  try {
    const data = await backtestData();
    if (data.history.length === 0)
      throw new AppError("NOT_FOUND", "No financials yet: import product-line financials first.");
    if (!data.listingDate)
      throw new AppError(
        "NOT_FOUND",
        `No Entity List entry for ${data.company} with a start date in the list in force: the listing date is unknown.`,
      );
    let report;
    try {
      report = backtestWithFit({
        history: data.history,
        actuals: data.actuals,
        asOf: opts.asOf,
        listingDate: data.listingDate,
        levers: params.levers,
        ranges: params.ranges,
        seed: params.seed,
        paths: opts.paths,
      });
    } catch (e) {
      throw new AppError("INVALID_INPUT", `--as-of ${opts.asOf}: ${(e as Error).message}`);
    }
    const { asOf, years, mape, coverage, fitted } = report;
    if (opts.json) {
      console.log(
        JSON.stringify({
          asOf,
          years: years.map(({ year, p10, p50, p90, actual, ape, inBand }) => ({
            year,
            p10,
            p50,
            p90,
            actual,
            ape,
            inBand,
          })),
          mape,
          coverage,
          fitted,
          fittedMape: report.fittedMape,
          fittedCoverage: report.fittedCoverage,
          company: data.company,
          listingDate: report.listingDate,
          listing: data.listingSource,
          baseYear: report.baseYear,
          currency: data.currency,
          minorUnits: 100,
        }),
      );
      return;
    }
    const m = (v: number) => (v / 100 / 1e6).toLocaleString("en-US", { maximumFractionDigits: 0 }).padStart(10);
    const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
    console.log(`${data.company} as seen on ${asOf} (base year ${report.baseYear}); ${report.listing}`);
    console.log(`listing: ${data.listingSource}`);
    console.log(
      `${"year".padEnd(6)}${"P10".padStart(10)}${"P50".padStart(10)}${"P90".padStart(10)}${"actual".padStart(10)}${"error".padStart(9)}  in band   (${data.currency} m)`,
    );
    for (const y of years)
      console.log(
        `${String(y.year).padEnd(6)}${m(y.p10)}${m(y.p50)}${m(y.p90)}${m(y.actual)}${pct(y.ape).padStart(9)}  ${y.inBand ? "yes" : "no"}`,
      );
    console.log(`MAPE ${pct(mape)}; coverage ${pct(coverage)} of actuals inside the P10-P90 band`);
    console.log(
      `fitted to history: ${Object.entries(fitted)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}; MAPE ${pct(report.fittedMape)}, coverage ${pct(report.fittedCoverage)}`,
    );
  } finally {
    await disconnectDb();
  }
}
