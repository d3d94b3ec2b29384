"use client";
// The backtest on the Scenarios page: the scenario as an executive would have projected it on the as-of date, the
// revenue the company then reported as points over the band, the error per year and over all years, and the levers
// fitted to history. The maths is lib/scenarios/backtest (pure) and runs here, so changing the date answers at once.
import { useMemo, useState } from "react";
import { fitLevers, runBacktest, type Actual, type BacktestLevers, type LineHistory } from "@/lib/scenarios/backtest";
import { leverRanges } from "@/lib/scenarios/model";
import type { ScenarioParams } from "@/lib/scenarios/params";
import { BacktestChart } from "./charts";
import { ChartFrame } from "./chart-frame";
import { SimpleTable } from "@/components/ui/simple-table";

type Props = {
  company: string;
  currency: string;
  history: LineHistory[];
  actuals: Actual[];
  listingDate: string;
  listingSource: string;
  params: ScenarioParams;
};

const millions = (minor: number) => `${Math.round(minor / 100 / 1e6).toLocaleString("en-US")} m`;
const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
const leverLabel = (k: string) =>
  k === "baselineGrowthBp"
    ? "growth of every line without the listing (bp per year)"
    : (leverRanges[k as keyof typeof leverRanges]?.label ?? k);

export function BacktestPanel({ company, currency, history, actuals, listingDate, listingSource, params }: Props) {
  const [asOf, setAsOf] = useState(listingDate);
  const [fitted, setFitted] = useState<{ asOf: string; levers: BacktestLevers } | null>(null);
  const input = useMemo(
    () => ({ history, actuals, asOf, listingDate, levers: params.levers, ranges: params.ranges, seed: params.seed }),
    [history, actuals, asOf, listingDate, params],
  );
  const result = useMemo(() => {
    try {
      const asSet = runBacktest({ ...input, paths: 2_000 });
      const fit =
        fitted && fitted.asOf === asOf
          ? runBacktest({
              ...input,
              paths: 2_000,
              levers: fitted.levers,
              baselineGrowthBp: fitted.levers.baselineGrowthBp,
            })
          : null;
      return { asSet, fit, error: null };
    } catch (e) {
      return { asSet: null, fit: null, error: (e as Error).message };
    }
  }, [input, fitted, asOf]);
  const shown = result.fit ?? result.asSet;

  return (
    <section aria-labelledby="backtest-heading" className="card" style={{ display: "grid", gap: ".6rem" }}>
      <h2 id="backtest-heading">Backtest: {company} as seen on a date, against what it reported</h2>
      <p className="small">
        The scenario as an executive would have projected it on the date below: only the figures of years that had ended
        by then, the listing on its real date ({listingSource}). Reported revenue (data/reference, each year with its
        filing) is set against the band.
      </p>
      <div className="toolbar">
        <label className="small">
          As of{" "}
          <input
            type="date"
            value={asOf}
            onChange={(e) => {
              if (e.target.value) setAsOf(e.target.value);
            }}
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={!result.asSet}
          onClick={() => setFitted({ asOf, levers: fitLevers(input).levers })}
        >
          Fit the levers to the actuals
        </button>
        {result.fit ? (
          <button type="button" className="button secondary" onClick={() => setFitted(null)}>
            Back to the levers as set
          </button>
        ) : null}
      </div>
      {result.error ? (
        <p role="alert" className="error-text">
          {result.error}
        </p>
      ) : null}
      {result.asSet && shown ? (
        <>
          <p aria-label="Backtest summary">
            As set, from base year {result.asSet.baseYear}: mean absolute error{" "}
            <strong>{pct(result.asSet.mape)}</strong>, {pct(result.asSet.coverage)} of the actuals inside the P10–P90
            band.
            {result.fit ? (
              <>
                {" "}
                With the fitted levers: mean absolute error <strong>{pct(result.fit.mape)}</strong>,{" "}
                {pct(result.fit.coverage)} inside the band.
              </>
            ) : null}{" "}
            {result.asSet.listing.sentence}
          </p>
          <ChartFrame
            title={`Reported revenue against the projection of ${asOf}${result.fit ? " (fitted levers)" : ""}`}
            file="backtest"
            caption={`The shaded band is where 80 % of the simulated outcomes fell (P10–P90) for the scenario ${result.fit ? "with the levers fitted to history" : "as set"}, the line is the scenario itself and the dots are what ${company} reported: dots above the band mean the company did better than the projection expected, with hardware lost to the listing recovered by substitution or converted to software faster than assumed.`}
          >
            <BacktestChart
              data={shown.years.map((y) => ({
                year: String(y.year),
                band: [y.p10, y.p90],
                scenario: y.scenario,
                actual: y.actual,
              }))}
            />
          </ChartFrame>
          <SimpleTable
            label="Backtest by year"
            columns={[
              "Year",
              { label: `P10 (${currency})`, className: "num" },
              { label: "P50", className: "num" },
              { label: "P90", className: "num" },
              { label: "Reported", className: "num" },
              { label: "Error", className: "num" },
              "In the band",
            ]}
          >
            {shown.years.map((y) => (
              <tr key={y.year}>
                <td>{y.year}</td>
                <td className="num">{millions(y.p10)}</td>
                <td className="num">{millions(y.p50)}</td>
                <td className="num">{millions(y.p90)}</td>
                <td className="num">{millions(y.actual)}</td>
                <td className="num">{pct(y.ape)}</td>
                <td>{y.inBand ? "yes" : y.actual > y.p90 ? "no, above" : "no, below"}</td>
              </tr>
            ))}
          </SimpleTable>
          {result.fit && fitted ? (
            <ul aria-label="Fitted levers" className="small">
              {(Object.keys(fitted.levers) as (keyof BacktestLevers)[])
                .filter(
                  (k) => k !== "listingPeriod" && fitted.levers[k] !== params.levers[k as keyof typeof params.levers],
                )
                .map((k) => (
                  <li key={k}>
                    {leverLabel(k)}: {String(fitted.levers[k])}
                  </li>
                ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
