import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { OverviewFilters } from "@/lib/overview/filters";
import { formatMoney } from "@/lib/overview/format";
import { BandsChart } from "@/components/scenarios/charts";
import { revenuePanel } from "./data";
import { loadPanel, Panel } from "@/components/overview/panel";
import { SimpleTable } from "@/components/ui/simple-table";

const frame = { id: "revenue", title: "Revenue at risk" };
const HEADLINE_PERIODS = 3;

export async function RevenuePanel({
  filters,
  importHref,
}: {
  filters: OverviewFilters;
  importHref: string | undefined;
}) {
  return loadPanel(
    () => revenuePanel(filters),
    (p) => (
      <Panel {...frame} action={p ? { href: p.href, label: "Open in scenarios" } : undefined}>
        {!p ? (
          <EmptyState
            title="No financials yet"
            action={importHref ? { href: importHref, label: "Import financials" } : undefined}
          >
            Import product-line financials to model what a listing does to revenue.
          </EmptyState>
        ) : !p.periods.length ? (
          <div className="error" role="alert">
            {p.problems.join(" ")}
          </div>
        ) : (
          <>
            <p className="small muted">
              {p.scenario ? (
                <>
                  Scenario{" "}
                  <Link href={p.href}>
                    {p.scenario.name} v{p.scenario.version}
                  </Link>
                  , the latest saved
                </>
              ) : (
                <>The default scenario (none saved yet)</>
              )}
              ; P10–P90 from 2,000 seeded Monte Carlo paths.
            </p>
            <SimpleTable
              label="Revenue headline"
              columns={["Period", "Baseline", "Scenario", "Difference", "P10–P90"]}
              compact
              scroll="scroll-x"
            >
              {p.periods.slice(0, HEADLINE_PERIODS).map((r) => (
                <tr key={r.period}>
                  <td>{r.period}</td>
                  <td>{formatMoney(r.baseline, p.currency, true)}</td>
                  <td>{formatMoney(r.scenario, p.currency, true)}</td>
                  <td className={r.scenario < r.baseline ? "error-text" : undefined}>
                    {formatMoney(r.scenario - r.baseline, p.currency, true)}
                  </td>
                  <td>
                    {formatMoney(r.p10, p.currency, true)} – {formatMoney(r.p90, p.currency, true)}
                  </td>
                </tr>
              ))}
            </SimpleTable>
            {/* the table above carries the numbers; the chart is a picture of them, out of the keyboard's way */}
            <div style={{ width: "100%", height: 220 }} aria-hidden="true" inert>
              <BandsChart
                data={p.periods.map((r) => ({
                  period: r.period,
                  baseline: r.baseline,
                  scenario: r.scenario,
                  band: [r.p10, r.p90],
                }))}
              />
            </div>
            {p.problems.length ? <p className="small muted">{p.problems.join(" ")}</p> : null}
          </>
        )}
      </Panel>
    ),
    frame,
  );
}
