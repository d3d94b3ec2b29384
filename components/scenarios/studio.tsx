"use client";
// The scenario studio: levers as sliders, charts that follow them, the state in the URL (?s=), save, compare,
// downloads. The maths is lib/scenarios (pure); the 10,000-path Monte Carlo runs in a Web Worker so the sliders
// never stall (a quick 500-path estimate shows until it answers, or if workers are unavailable).
import { useActionState, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { idleResult, type ActionResult } from "@/lib/actions/action-result";
import { leverRanges, project, totals, type Horizon, type Levers, type LineInput } from "@/lib/scenarios/model";
import { encodeParams, type ScenarioParams } from "@/lib/scenarios/params";
import { goalSeek, monteCarlo, rangesAround, tornado, type Bands } from "@/lib/scenarios/uncertainty";
import { BandsChart, BridgeChart, ProfitChart, SegmentsChart, TornadoChart } from "./charts";
import { ChartFrame } from "./chart-frame";
import { downloadCsv } from "./export";
import { SimpleTable } from "@/components/ui/simple-table";

type Saved = { id: string; name: string; version: number; params: ScenarioParams };
type Props = {
  lines: LineInput[];
  horizon: Horizon;
  currency: string;
  initial: ScenarioParams;
  saved: Saved[];
  canSave: boolean;
  saveAction: (p: ActionResult, f: FormData) => Promise<ActionResult>;
};

const sliders: { key: keyof Levers; step: number; percent?: boolean }[] = [
  { key: "lossShare", step: 0.05, percent: true },
  { key: "conversionShare", step: 0.05, percent: true },
  { key: "softwarePriceRatio", step: 0.05, percent: true },
  { key: "softwareMargin", step: 0.05, percent: true },
  { key: "substitutionRecovery", step: 0.05, percent: true },
  { key: "substitutionMonths", step: 3 },
  { key: "substitutionCostPremium", step: 0.05, percent: true },
  { key: "conversionRampMonths", step: 3 },
  { key: "licenceApproval", step: 0.05, percent: true },
  { key: "licenceVolumeCap", step: 0.05, percent: true },
  { key: "licenceFeeShare", step: 0.01, percent: true },
  { key: "licenceLeadMonths", step: 3 },
  { key: "growthAfterShockBp", step: 50 },
];
const sliderMax: Partial<Record<keyof Levers, number>> = {
  softwarePriceRatio: 2,
  substitutionMonths: 48,
  conversionRampMonths: 48,
  substitutionCostPremium: 1,
  growthAfterShockBp: 2000,
  licenceFeeShare: 0.5,
  licenceLeadMonths: 36,
};
const sliderMin: Partial<Record<keyof Levers, number>> = { growthAfterShockBp: -2000 };
const fmt = (v: number, percent?: boolean) => (percent ? `${Math.round(v * 100)} %` : String(v));
const money = (minor: number, cur: string) =>
  `${(minor / 100).toLocaleString("en-US", { maximumFractionDigits: 0 })} ${cur}`;

export function ScenarioStudio({ lines, horizon, currency, initial, saved, canSave, saveAction }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [params, setParams] = useState(initial);
  const deferred = useDeferredValue(params);
  const [compare, setCompare] = useState<string[]>([]);
  const [saveState, saveFormAction, saving] = useActionState(saveAction, idleResult);

  // the state in the URL, so a link reproduces the view
  useEffect(() => {
    const t = setTimeout(() => router.replace(`${pathname}?s=${encodeParams(params)}`, { scroll: false }), 250);
    return () => clearTimeout(t);
  }, [params, pathname, router]);

  // the full Monte Carlo in a worker; answers for older states are dropped
  const worker = useRef<Worker | null>(null);
  const ticket = useRef(0);
  // the inputs of the request in flight: an answer is kept with them, and shown only while they are current
  const inFlight = useRef<{ id: number; inputs: object } | null>(null);
  const [workerBands, setWorkerBands] = useState<{ inputs: object; bands: { revenue: Bands; profit: Bands } } | null>(
    null,
  );
  useEffect(() => {
    try {
      worker.current = new Worker(new URL("./monte-carlo.worker.ts", import.meta.url));
      worker.current.onmessage = (e: MessageEvent<{ id: number; bands: { revenue: Bands; profit: Bands } }>) => {
        const sent = inFlight.current;
        if (sent && e.data.id === sent.id) setWorkerBands({ inputs: sent.inputs, bands: e.data.bands });
      };
    } catch {
      worker.current = null;
    }
    return () => worker.current?.terminate();
  }, []);
  useEffect(() => {
    ticket.current += 1;
    inFlight.current = { id: ticket.current, inputs: params };
    worker.current?.postMessage({
      id: ticket.current,
      lines,
      levers: params.levers,
      // the band around the scenario as set, so the scenario line lies within it (issue 18)
      ranges: rangesAround(params.levers, params.ranges),
      horizon,
      paths: 10_000,
      seed: params.seed,
    });
  }, [lines, horizon, params]);

  const result = useMemo(() => {
    const p = project(lines, deferred.levers, horizon);
    const t = totals(p);
    const around = rangesAround(deferred.levers, deferred.ranges);
    const quick = monteCarlo(lines, deferred.levers, around, horizon, { paths: 500, seed: deferred.seed });
    const mc = workerBands && workerBands.inputs === deferred ? workerBands.bands : quick;
    const torn = tornado(lines, deferred.levers, around, horizon);
    const goalPeriod = Math.min(2, horizon.periods.length - 1);
    const goal = goalSeek(lines, deferred.levers, horizon, {
      lever: "conversionShare",
      period: goalPeriod,
      target: t.baselineRevenue[goalPeriod]!,
      range: { min: 0, max: 1 },
    });
    return { p, t, mc, torn, goal, goalPeriod, paths: mc === quick ? 500 : 10_000 };
  }, [lines, horizon, deferred, workerBands]);

  const set = (key: keyof Levers, value: number) => setParams((s) => ({ ...s, levers: { ...s.levers, [key]: value } }));
  const cum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const segments = horizon.periods.map((period, t) => ({
    period,
    hardware: result.p.lines.filter((l) => l.segment === "hardware").reduce((a, l) => a + l.scenarioRevenue[t]!, 0),
    software: result.p.lines.filter((l) => l.segment === "software").reduce((a, l) => a + l.scenarioRevenue[t]!, 0),
    services: result.p.lines.filter((l) => l.segment === "services").reduce((a, l) => a + l.scenarioRevenue[t]!, 0),
  }));
  const bands = horizon.periods.map((period, t) => ({
    period,
    baseline: result.t.baselineRevenue[t]!,
    scenario: result.t.scenarioRevenue[t]!,
    band: [result.mc.revenue.p10[t]!, result.mc.revenue.p90[t]!] as [number, number],
  }));
  const profit = horizon.periods.map((period, t) => ({
    period,
    baseline: result.t.baselineProfit[t]!,
    scenario: result.t.scenarioProfit[t]!,
  }));
  const b = result.p.bridge;
  const scenarioCum = cum(result.t.scenarioRevenue);
  // per period: one row per product line (and the converted software), then the total with the P10-P90 band
  const exportCsv = () =>
    downloadCsv(
      "scenario-series",
      [
        "period",
        "line",
        "segment",
        "baseline_revenue",
        "scenario_revenue",
        "difference",
        "baseline_gross_profit",
        "scenario_gross_profit",
        "p10_revenue",
        "p50_revenue",
        "p90_revenue",
        "currency",
      ],
      horizon.periods.flatMap((period, t) => [
        ...result.p.lines.map((l) => [
          period,
          l.name,
          l.segment,
          l.baselineRevenue[t]! / 100,
          l.scenarioRevenue[t]! / 100,
          (l.scenarioRevenue[t]! - l.baselineRevenue[t]!) / 100,
          l.baselineProfit[t]! / 100,
          l.scenarioProfit[t]! / 100,
          "",
          "",
          "",
          currency,
        ]),
        [
          period,
          "Total",
          "all",
          result.t.baselineRevenue[t]! / 100,
          result.t.scenarioRevenue[t]! / 100,
          (result.t.scenarioRevenue[t]! - result.t.baselineRevenue[t]!) / 100,
          result.t.baselineProfit[t]! / 100,
          result.t.scenarioProfit[t]! / 100,
          result.mc.revenue.p10[t]! / 100,
          result.mc.revenue.p50[t]! / 100,
          result.mc.revenue.p90[t]! / 100,
          currency,
        ],
      ]),
    );

  return (
    <div style={{ display: "grid", gap: "1rem" }}>
      <section aria-label="Levers" className="card">
        <div
          style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(16rem, 1fr))", gap: ".6rem 1.2rem" }}
        >
          <label className="small">
            Listing takes effect in
            <select value={params.levers.listingPeriod} onChange={(e) => set("listingPeriod", Number(e.target.value))}>
              {/* a listing may come before the horizon: in the base year or earlier (issue 18) */}
              {[-3, -2, -1].map((i) => (
                <option key={i} value={i}>
                  {Number(horizon.periods[0]) + i}
                  {i === -1 ? " (base year)" : " (before the base year)"}
                </option>
              ))}
              {horizon.periods.map((p, i) => (
                <option key={p} value={i}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          {sliders.map(({ key, step, percent }) => {
            const label = leverRanges[key].label[0]!.toUpperCase() + leverRanges[key].label.slice(1);
            return (
              <div key={key} className="small" style={{ display: "grid" }}>
                <span>
                  <label htmlFor={`lever-${key}`}>{label}</label>:{" "}
                  <output htmlFor={`lever-${key}`}>{fmt(params.levers[key], percent)}</output>
                </span>
                <input
                  id={`lever-${key}`}
                  type="range"
                  aria-valuetext={fmt(params.levers[key], percent)}
                  min={sliderMin[key] ?? leverRanges[key].min}
                  max={sliderMax[key] ?? leverRanges[key].max}
                  step={step}
                  value={params.levers[key]}
                  onChange={(e) => set(key, Number(e.target.value))}
                />
              </div>
            );
          })}
        </div>
        <details>
          <summary className="small">
            Uncertainty ranges (the Monte Carlo varies these levers between their ends)
          </summary>
          <SimpleTable label="Uncertainty ranges" columns={["Lever", "Low", "High"]}>
            {sliders.map(({ key }) => {
              const g = params.ranges[key];
              const setRange = (end: "min" | "max", v: string) =>
                setParams((s) => {
                  const n = Number(v);
                  const next = { ...s.ranges };
                  if (v.trim() === "" || Number.isNaN(n)) delete next[key];
                  else {
                    const cur = next[key] ?? { min: s.levers[key], max: s.levers[key] };
                    const lo = Math.max(leverRanges[key].min, end === "min" ? n : cur.min);
                    const hi = Math.min(leverRanges[key].max, end === "max" ? n : cur.max);
                    next[key] = { min: Math.min(lo, hi), max: Math.max(lo, hi) };
                  }
                  return { ...s, ranges: next };
                });
              return (
                <tr key={key}>
                  <td>{leverRanges[key].label}</td>
                  <td>
                    <input
                      aria-label={`Low end: ${leverRanges[key].label}`}
                      inputMode="decimal"
                      style={{ width: "6rem" }}
                      value={g?.min ?? ""}
                      onChange={(e) => setRange("min", e.target.value)}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`High end: ${leverRanges[key].label}`}
                      inputMode="decimal"
                      style={{ width: "6rem" }}
                      value={g?.max ?? ""}
                      onChange={(e) => setRange("max", e.target.value)}
                    />
                  </td>
                </tr>
              );
            })}
          </SimpleTable>
          <label className="small">
            Seed{" "}
            <input
              inputMode="numeric"
              style={{ width: "6rem" }}
              value={params.seed}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (Number.isInteger(n) && n >= 0) setParams((s) => ({ ...s, seed: n }));
              }}
            />
          </label>
        </details>
        <p className="small muted">
          Exposure per hardware line:{" "}
          {lines
            .filter((l) => l.segment === "hardware")
            .map((l) => `${l.name}: ${((l.blockedBp + l.licenceBp) / 100).toFixed(0)} % (${l.exposureSource})`)
            .join("; ") || "no hardware lines"}
          . Uncertainty:{" "}
          {Object.entries(params.ranges)
            .map(([k, g]) => {
              const r = leverRanges[k as keyof Levers];
              const pct = sliders.find((x) => x.key === k)?.percent;
              return `${r?.label ?? k} ${fmt(g.min, pct)} to ${fmt(g.max, pct)}`;
            })
            .join(", ") || "none"}
          ; seed {params.seed}.
        </p>
      </section>

      <section aria-label="Headline" className="cards">
        <div className="card" aria-label="Cumulative revenue">
          <div className="small muted">
            Cumulative revenue, {horizon.periods[0]}–{horizon.periods.at(-1)}
          </div>
          <strong>{money(scenarioCum, currency)}</strong>
          <div className="small">baseline {money(cum(result.t.baselineRevenue), currency)}</div>
        </div>
        <div className="card" aria-label="Cumulative gross profit">
          <div className="small muted">Cumulative gross profit</div>
          <strong>{money(cum(result.t.scenarioProfit), currency)}</strong>
          <div className="small">baseline {money(cum(result.t.baselineProfit), currency)}</div>
        </div>
        <div className="card" aria-label="Goal seek">
          <div className="small muted">
            Conversion share that keeps {horizon.periods[result.goalPeriod]} revenue at baseline
          </div>
          <strong>
            {result.goal == null ? "not reachable at this software price" : `${Math.ceil(result.goal * 100)} %`}
          </strong>
        </div>
      </section>

      <div
        style={{ display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(26rem, 100%), 1fr))", gap: "1rem" }}
      >
        <ChartFrame
          title="Revenue by segment (scenario)"
          file="revenue-by-segment"
          caption="Scenario revenue per year stacked by segment: hardware shrinks where the listing bites and is partly recovered by substitution; software grows with customers who buy software instead."
        >
          <SegmentsChart data={segments} />
        </ChartFrame>
        <ChartFrame
          title="Revenue: baseline and scenario, P10–P90"
          file="revenue-bands"
          caption="The dashed line is revenue without a listing, the solid line the scenario as set, and the shaded band where 80 % of outcomes fall when the ranged levers vary around the values set (P10–P90)."
        >
          <BandsChart data={bands} />
          <p className="small muted" aria-label="Monte Carlo paths">
            {result.paths.toLocaleString("en-US")} paths, seed {params.seed}
          </p>
        </ChartFrame>
        <ChartFrame
          title="Gross profit"
          file="gross-profit"
          caption="Gross profit per year without a listing and in the scenario: substitutes cost more, and software sold instead carries its own margin."
        >
          <ProfitChart data={profit} />
        </ChartFrame>
        <ChartFrame
          title="Bridge from baseline to scenario (cumulative revenue)"
          file="bridge"
          caption="From revenue without a listing to the scenario over all years: the hardware revenue lost, what substitution recovered, and what was converted to software."
        >
          <BridgeChart
            steps={[
              { label: "Baseline", value: b.baseline, total: true },
              { label: "Lost", value: -b.lost },
              { label: "Recovered", value: b.recovered },
              { label: "Software", value: b.converted },
              { label: "Scenario", value: b.scenario, total: true },
            ]}
          />
        </ChartFrame>
        <ChartFrame
          title="Sensitivity (tornado): cumulative revenue"
          file="tornado"
          caption="How far cumulative revenue moves from the scenario as set when each ranged lever alone goes to the low or high end of its range around the value set; the widest bar matters most."
        >
          <TornadoChart
            rows={result.torn.map((r) => ({ label: r.label, low: r.revenueAtLow, high: r.revenueAtHigh }))}
            centre={scenarioCum}
          />
        </ChartFrame>
      </div>
      <SimpleTable
        label="By product line"
        columns={[
          "Product line",
          "Segment",
          { label: "Baseline revenue", className: "num" },
          { label: "Scenario revenue", className: "num" },
          { label: "Difference", className: "num" },
          { label: "Baseline gross profit", className: "num" },
          { label: "Scenario gross profit", className: "num" },
        ]}
      >
        {result.p.lines.map((l) => (
          <tr key={l.id}>
            <td>{l.name}</td>
            <td>{l.segment}</td>
            <td className="num">{money(cum(l.baselineRevenue), currency)}</td>
            <td className="num">{money(cum(l.scenarioRevenue), currency)}</td>
            <td className="num">{money(cum(l.scenarioRevenue) - cum(l.baselineRevenue), currency)}</td>
            <td className="num">{money(cum(l.baselineProfit), currency)}</td>
            <td className="num">{money(cum(l.scenarioProfit), currency)}</td>
          </tr>
        ))}
      </SimpleTable>
      <ol aria-label="Levers by effect" className="small">
        {result.torn.map((r) => (
          <li key={r.lever}>
            {r.label}: revenue {money(r.revenueAtLow, currency)} to {money(r.revenueAtHigh, currency)}; gross profit{" "}
            {money(r.profitAtLow, currency)} to {money(r.profitAtHigh, currency)}
          </li>
        ))}
      </ol>
      <p className="toolbar">
        <button type="button" className="button secondary" onClick={exportCsv}>
          Download series (CSV)
        </button>
      </p>

      {canSave ? (
        <form action={saveFormAction} className="toolbar" aria-label="Save scenario">
          <input type="hidden" name="params" value={JSON.stringify(params)} />
          <label className="small">
            Name <input name="name" required maxLength={120} />
          </label>
          <button className="button" type="submit" disabled={saving}>
            Save scenario
          </button>
          {saveState.message ? (
            <span role={saveState.ok ? "status" : "alert"} className={saveState.ok ? "small" : "error-text"}>
              {saveState.message}
            </span>
          ) : null}
        </form>
      ) : null}

      {saved.length ? (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading">Saved scenarios</h2>
          <ul className="small">
            {saved.map((s) => (
              <li key={s.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={compare.includes(s.id)}
                    disabled={!compare.includes(s.id) && compare.length >= 3}
                    onChange={(e) => setCompare((c) => (e.target.checked ? [...c, s.id] : c.filter((x) => x !== s.id)))}
                  />{" "}
                  {s.name} v{s.version}
                </label>{" "}
                <button type="button" className="button secondary" onClick={() => setParams(s.params)}>
                  Open
                </button>
              </li>
            ))}
          </ul>
          {compare.length ? (
            <table className="data" aria-label="Scenario comparison">
              <thead>
                <tr>
                  <th>Scenario</th>
                  {horizon.periods.map((p) => (
                    <th key={p} className="num">
                      {p}
                    </th>
                  ))}
                  <th className="num">Cumulative revenue</th>
                  <th className="num">Cumulative gross profit</th>
                </tr>
              </thead>
              <tbody>
                {saved
                  .filter((s) => compare.includes(s.id))
                  .map((s) => {
                    const t = totals(project(lines, s.params.levers, horizon));
                    return (
                      <tr key={s.id}>
                        <td>
                          {s.name} v{s.version}
                        </td>
                        {t.scenarioRevenue.map((v, i) => (
                          <td key={i} className="num">
                            {money(v, currency)}
                          </td>
                        ))}
                        <td className="num">{money(cum(t.scenarioRevenue), currency)}</td>
                        <td className="num">{money(cum(t.scenarioProfit), currency)}</td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
