"use client";
// The overview's charts: horizontal stacked bars, each bar leading to the filtered table behind it. The same
// links are listed beside each chart for the keyboard and screen readers, so the charts are hidden from them.
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/overview/format";

type Series = { key: string; name: string; colour: string };
type Datum = Record<string, string | number> & { href: string };

function StackedBars({
  data,
  category,
  series,
  categoryWidth,
  format,
}: {
  data: Datum[];
  category: string;
  series: Series[];
  categoryWidth: number;
  format?: (v: number) => string;
}) {
  const router = useRouter();
  const follow = (d: unknown) => {
    const href = (d as { payload?: { href?: string } }).payload?.href;
    if (href) router.push(href);
  };
  return (
    <div style={{ width: "100%", height: Math.max(150, 36 * data.length + 60) }} aria-hidden="true">
      <ResponsiveContainer>
        {/* the table beside the chart carries its numbers for assistive technology, so the chart is hidden from it and
            must hold no keyboard stop (recharts' accessibility layer would add one) */}
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 16, left: 8, bottom: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickFormatter={format} />
          <YAxis type="category" dataKey={category} width={categoryWidth} tick={{ fontSize: 12 }} />
          <Tooltip formatter={format ? (v) => format(Number(v)) : undefined} />
          <Legend />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId="stack"
              fill={s.colour}
              isAnimationActive={false}
              cursor="pointer"
              onClick={follow}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

const bands: Series[] = [
  { key: "match", name: "match", colour: "#b42318" },
  { key: "review", name: "review", colour: "#d97706" },
  { key: "related", name: "related", colour: "#7c5cc4" },
];
const risk: Series[] = [
  { key: "blocked", name: "Blocked", colour: "#b42318" },
  { key: "licence", name: "Licence required", colour: "#d97706" },
];

export function CountryBandsChart({
  data,
}: {
  data: { country: string; match: number; review: number; related: number; href: string }[];
}) {
  return <StackedBars data={data} category="country" series={bands} categoryWidth={56} />;
}

export function ValueBarsChart({
  data,
  currency,
}: {
  data: { label: string; blocked: number; licence: number; href: string }[];
  currency: string | null;
}) {
  return (
    <StackedBars
      data={data}
      category="label"
      series={risk}
      categoryWidth={150}
      format={(v) => formatMoney(v, currency, true)}
    />
  );
}
