"use client";
// Thin recharts wrappers: the series come in computed (lib/scenarios), one config per chart.
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { compactAmount } from "@/lib/charts/compose-svg";

// amounts are in minor units (cents); axes show them in compact major units ("18B"), short enough never to clip
const money = (v: number) => compactAmount(v / 100);
// recharts writes legend text in the series colour, which on white is as faint as 1.7:1 for the band; the swatch
// carries the colour, the text stays readable
// a trailing no-break space keeps neighbouring items apart when the legend is read as text (a plain space at the
// end of an inline block collapses away: "…gross profitScenario gross profit")
const legendText = (value: string) => <span style={{ color: "#1f2937" }}>{`${value}\u00a0`}</span>;
const colours = {
  hardware: "#2f6fad",
  software: "#2e9e6b",
  services: "#b7791f",
  baseline: "#6b7280",
  scenario: "#c2410c",
  band: "#fdba74",
  lost: "#dc2626",
  gain: "#16a34a",
};

export function SegmentsChart({
  data,
}: {
  data: { period: string; hardware: number; software: number; services: number }[];
}) {
  return (
    <ResponsiveContainer>
      <AreaChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" />
        <YAxis tickFormatter={money} width={64} />
        <Tooltip formatter={(v) => money(Number(v))} />
        <Legend formatter={legendText} />
        {(["hardware", "software", "services"] as const).map((s) => (
          <Area
            key={s}
            type="monotone"
            dataKey={s}
            stackId="1"
            stroke={colours[s]}
            fill={colours[s]}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}

export function BandsChart({
  data,
}: {
  data: { period: string; baseline: number; scenario: number; band: [number, number] }[];
}) {
  return (
    <ResponsiveContainer>
      <ComposedChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" />
        <YAxis tickFormatter={money} width={64} />
        <Tooltip
          formatter={(v) => (Array.isArray(v) ? v.map((x) => money(Number(x))).join(" – ") : money(Number(v)))}
        />
        <Legend formatter={legendText} />
        <Area
          dataKey="band"
          name="P10–P90"
          stroke="none"
          fill={colours.band}
          fillOpacity={0.5}
          isAnimationActive={false}
        />
        <Line
          dataKey="baseline"
          name="Baseline"
          stroke={colours.baseline}
          strokeDasharray="5 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line dataKey="scenario" name="Scenario" stroke={colours.scenario} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

export function ProfitChart({ data }: { data: { period: string; baseline: number; scenario: number }[] }) {
  return (
    <ResponsiveContainer>
      <BarChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" />
        <YAxis tickFormatter={money} width={64} />
        <Tooltip formatter={(v) => money(Number(v))} />
        <Legend formatter={legendText} />
        <Bar dataKey="baseline" name="Baseline gross profit" fill={colours.baseline} isAnimationActive={false} />
        <Bar dataKey="scenario" name="Scenario gross profit" fill={colours.scenario} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The bridge as a waterfall: an invisible base bar lifts each step to where the previous one ended. */
type BridgeStep = { label: string; value: number; total?: boolean };

/** Each step's bar: a total starts from zero; a change starts where the previous step ended. */
function bridgeBars(steps: BridgeStep[]) {
  let running = 0;
  return steps.map((s) => {
    if (s.total) {
      running = s.value;
      return { label: s.label, base: 0, size: s.value, kind: "total" };
    }
    const start = running;
    running += s.value;
    return {
      label: s.label,
      base: Math.min(start, running),
      size: Math.abs(s.value),
      kind: s.value < 0 ? "lost" : "gain",
    };
  });
}

export function BridgeChart({ steps }: { steps: BridgeStep[] }) {
  const data = bridgeBars(steps);
  return (
    <ResponsiveContainer>
      <BarChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis tickFormatter={money} width={64} />
        <Tooltip formatter={(v, name) => (name === "base" ? null : money(Number(v)))} />
        <Bar dataKey="base" stackId="w" fill="transparent" isAnimationActive={false} />
        <Bar dataKey="size" stackId="w" isAnimationActive={false}>
          {data.map((d) => (
            <Cell
              key={d.label}
              fill={d.kind === "total" ? colours.baseline : d.kind === "lost" ? colours.lost : colours.gain}
            />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export function TornadoChart({
  rows,
  centre,
}: {
  rows: { label: string; low: number; high: number }[];
  centre: number;
}) {
  const data = rows.map((r) => ({
    label: r.label,
    range: [Math.min(r.low, r.high) - centre, Math.max(r.low, r.high) - centre] as [number, number],
  }));
  return (
    <ResponsiveContainer>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" tickFormatter={money} />
        <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 11 }} />
        <Tooltip
          formatter={(v) => (Array.isArray(v) ? v.map((x) => money(Number(x))).join(" to ") : money(Number(v)))}
        />
        <ReferenceLine x={0} stroke="#111" />
        <Bar
          dataKey="range"
          name="Cumulative revenue vs the scenario"
          fill={colours.scenario}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The backtest: the P10-P90 band and the scenario as projected on the as-of date, the reported revenue as points. */
export function BacktestChart({
  data,
}: {
  data: { year: string; band: [number, number]; scenario: number; actual: number }[];
}) {
  return (
    <ResponsiveContainer>
      <ComposedChart data={data} margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis tickFormatter={money} width={64} />
        <Tooltip
          formatter={(v) => (Array.isArray(v) ? v.map((x) => money(Number(x))).join(" – ") : money(Number(v)))}
        />
        <Legend formatter={legendText} />
        <Area
          dataKey="band"
          name="P10–P90 as projected"
          stroke="none"
          fill={colours.band}
          fillOpacity={0.5}
          isAnimationActive={false}
        />
        <Line dataKey="scenario" name="Scenario" stroke={colours.scenario} dot={false} isAnimationActive={false} />
        <Scatter dataKey="actual" name="Reported revenue" fill="#111827" isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
