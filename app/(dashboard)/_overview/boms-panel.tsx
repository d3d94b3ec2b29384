import Link from "next/link";
import { StatCard } from "@/components/ui/stat-card";
import { EmptyState } from "@/components/ui/empty-state";
import type { OverviewFilters } from "@/lib/overview/filters";
import type { ValueRow } from "@/lib/overview/exposure";
import { formatMoney } from "@/lib/overview/format";
import { exposureHref, lineStatusLabels } from "@/lib/overview/links";
import { ValueBarsChart } from "@/components/overview/charts";
import { exposure } from "./data";
import { loadPanel, Panel } from "@/components/overview/panel";
import { SimpleTable } from "@/components/ui/simple-table";

const frame = { id: "boms", title: "BOM exposure" };
const TOP = 8;

function ValueFigure({
  title,
  rows,
  currency,
  href,
}: {
  title: string;
  rows: ValueRow[];
  currency: string | null;
  href: (r: ValueRow) => string;
}) {
  const data = rows
    .slice(0, TOP)
    .map((r) => ({ label: r.label, blocked: r.blockedMinor, licence: r.licenceMinor, href: href(r) }));
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <ValueBarsChart data={data} currency={currency} />
      <ul className="inline-links small">
        {data.map((r, i) => (
          <li key={r.label}>
            <a href={r.href}>
              {r.label}: {formatMoney(r.blocked + r.licence, currency, true)} ({rows[i]!.lines} lines)
            </a>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export async function BomsPanel({ filters, checkHref }: { filters: OverviewFilters; checkHref: string | undefined }) {
  return loadPanel(
    () => exposure(filters),
    ({ rollup: r }) => (
      <Panel {...frame} action={{ href: exposureHref(filters, {}, "checks"), label: "All checks and lines" }}>
        {r.determinations === 0 ? (
          <EmptyState
            title="No BOM checks yet"
            action={checkHref ? { href: checkHref, label: "Check a BOM" } : undefined}
          >
            Import a bill of materials, then check it for a customer and destination: blocked and licence-required lines
            and their value appear here.
          </EmptyState>
        ) : (
          <>
            <div className="cards">
              <StatCard
                label="BOM checks in force"
                value={r.determinations}
                href={exposureHref(filters, {}, "checks")}
                note={`${r.bomsChecked} BOM${r.bomsChecked === 1 ? "" : "s"}; the newest check per customer and destination`}
              />
              <StatCard
                label="Lines blocked"
                value={r.linesBlocked}
                href={exposureHref(filters, { status: lineStatusLabels.blocked })}
              />
              <StatCard
                label="Lines licence required"
                value={r.linesLicence}
                href={exposureHref(filters, { status: lineStatusLabels.licence_required })}
              />
              <StatCard
                label="Value at risk"
                value={
                  r.currency
                    ? formatMoney(
                        r.byCustomer.reduce((s, c) => s + c.blockedMinor + c.licenceMinor, 0),
                        r.currency,
                        true,
                      )
                    : "—"
                }
                href={exposureHref(filters)}
                note={
                  r.linesNotSummed
                    ? `${r.linesNotSummed} lines without a price in ${r.currency ?? "one currency"} not added`
                    : "blocked and licence-required lines at BOM prices"
                }
              />
              <StatCard
                label="Caught only through ownership or address"
                value={r.customersOnlyThroughOwnershipOrAddress}
                note="customers not listed themselves: a listed owner, an ultimate parent's headquarters or a listed address"
              />
            </div>
            {r.linesBlocked + r.linesLicence > 0 ? (
              <>
                <div className="chart-grid">
                  <ValueFigure
                    title="Value at risk by customer"
                    rows={r.byCustomer}
                    currency={r.currency}
                    href={(row) => exposureHref(filters, { customer: row.label })}
                  />
                  <ValueFigure
                    title="By destination"
                    rows={r.byDestination}
                    currency={r.currency}
                    href={(row) => exposureHref(filters, { destination: row.label })}
                  />
                  <ValueFigure
                    title="By product line"
                    rows={r.byProductLine}
                    currency={r.currency}
                    href={(row) => exposureHref(filters, { productLine: row.label })}
                  />
                </div>
                <h3>Controlled parts driving it</h3>
                <SimpleTable
                  label="Controlled parts driving exposure"
                  columns={["Part", "Lines", "Customers", "Blocked", "Licence required", "Value"]}
                  compact
                  scroll="scroll-x"
                >
                  {r.topParts.map((p) => (
                    <tr key={p.part}>
                      <td>
                        <Link href={exposureHref(filters, { part: p.part })}>{p.part}</Link>
                      </td>
                      <td>{p.lines}</td>
                      <td>{p.customers}</td>
                      <td>{p.blocked}</td>
                      <td>{p.licence}</td>
                      <td>{r.currency ? formatMoney(p.valueMinor, r.currency, true) : "—"}</td>
                    </tr>
                  ))}
                </SimpleTable>
              </>
            ) : (
              <p className="muted">No line is blocked or needs a licence in the checks in force.</p>
            )}
          </>
        )}
      </Panel>
    ),
    frame,
  );
}
