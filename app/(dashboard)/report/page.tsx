import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { ruleSetFor } from "@/lib/rules/determine";
import { filterQuery, hasFilters, parseOverviewFilters, type SearchParams } from "@/lib/overview/filters";
import { formatMoney } from "@/lib/overview/format";
import { describeDiff } from "@/lib/overview/timeline";
import type { ValueRow } from "@/lib/overview/exposure";
import { settle } from "@/lib/overview/settle";
import { exposure, listPanel, partiesPanel, revenuePanel, timeline } from "../_overview/data";
import { PrintButton } from "@/components/ui/print-button";
import { SimpleTable } from "@/components/ui/simple-table";

export const metadata: Metadata = { title: "Risk report" };

function ValueTable({ caption, rows, currency }: { caption: string; rows: ValueRow[]; currency: string | null }) {
  return (
    <SimpleTable label={caption} caption={caption} columns={["", "Lines", "Blocked", "Licence required"]} compact>
      {rows.map((r) => (
        <tr key={r.key}>
          <td>{r.label}</td>
          <td>{r.lines}</td>
          <td>{formatMoney(r.blockedMinor, currency)}</td>
          <td>{formatMoney(r.licenceMinor, currency)}</td>
        </tr>
      ))}
    </SimpleTable>
  );
}

const Failed = ({ message }: { message: string }) => (
  <p className="error" role="alert">
    This section could not be read: {message}
  </p>
);

/** The overview's figures on paper: every section in full, with what they rest on and who printed them when. */
export default async function ReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("overview", "/report");
  const { filters } = parseOverviewFilters(await searchParams);
  const generatedAt = new Date();
  const [list, parties, bom, revenue, events] = await Promise.all([
    settle(listPanel),
    settle(() => partiesPanel(filters)),
    settle(() => exposure(filters)),
    settle(() => revenuePanel(filters)),
    settle(() => timeline(filters)),
  ]);
  const ruleSets = bom.ok
    ? [...new Set(bom.value.determinations.flatMap((d) => (d.ruleSet ? [d.ruleSet] : [])))]
        .sort()
        .map((id) => ruleSetFor(id))
    : [];
  return (
    <article className="report">
      <p className="no-print small">
        <Link href={`/${filterQuery(filters)}`}>Back to the overview</Link> ·{" "}
        <PrintButton label="Print or save as PDF" />
      </p>
      <h1>Export-control risk report</h1>
      <dl className="report-meta small">
        <dt>Generated</dt>
        <dd>
          {generatedAt.toISOString().slice(0, 19).replace("T", " ")} UTC by {user.name} ({user.email})
        </dd>
        <dt>Filters</dt>
        <dd>
          {hasFilters(filters)
            ? Object.entries(filters)
                .filter(([, v]) => v)
                .map(([k, v]) => `${k} ${v}`)
                .join(", ")
            : "none: the whole workspace"}
        </dd>
        <dt>List version</dt>
        <dd>
          {list.ok && list.value
            ? `${list.value.list.label}, published ${list.value.list.publishedOn ?? "date unknown"}, ${list.value.list.entryCount.toLocaleString("en-US")} entries (ref …${list.value.list.id.slice(-6)})`
            : "none in force"}
        </dd>
        <dt>Rule sets</dt>
        <dd>{ruleSets.length ? ruleSets.map((r) => `${r.id}: ${r.label}`).join("; ") : "no BOM checks in force"}</dd>
      </dl>

      <section aria-labelledby="r-list">
        <h2 id="r-list">1. The list in force and its last update</h2>
        {!list.ok ? (
          <Failed message={list.message} />
        ) : !list.value ? (
          <p>No list has been imported.</p>
        ) : (
          <>
            <p>
              {list.value.list.previousLabel
                ? `Against ${list.value.list.previousLabel}: ${describeDiff(list.value.list.diff)}.`
                : "The first version: nothing earlier to compare with."}
            </p>
            {list.value.touched ? (
              <p>
                Parties whose screening status changed with it: {list.value.touched.parties.length}
                {list.value.touched.parties.length
                  ? ` (${list.value.touched.parties.map((p) => `${p.partyName}: ${p.before} → ${p.after}`).join("; ")})`
                  : ""}
                . BOMs sold to them: {list.value.touched.boms.length}
                {list.value.touched.currency
                  ? `; revenue of the product lines behind them, latest period: ${formatMoney(list.value.touched.revenueMinor, list.value.touched.currency)}`
                  : ""}
                .
              </p>
            ) : (
              <p>No earlier screening run to compare parties with.</p>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="r-parties">
        <h2 id="r-parties">2. Parties</h2>
        {!parties.ok ? (
          <Failed message={parties.message} />
        ) : (
          <>
            <p>
              {parties.value.partyCount.toLocaleString("en-US")} parties;{" "}
              {parties.value.screened.toLocaleString("en-US")} screened by the latest run. Hits awaiting a decision:{" "}
              {parties.value.rollup.openHits}; confirmed matches: {parties.value.rollup.confirmedMatches}; decisions
              expiring within 30 days: {parties.value.rollup.expiringSoon}.
            </p>
            <SimpleTable label="Hits by country and band" columns={["Country", "Match", "Review", "Related"]} compact>
              {parties.value.rollup.byCountry.map((c) => (
                <tr key={c.country}>
                  <td>{c.country}</td>
                  <td>{c.match}</td>
                  <td>{c.review}</td>
                  <td>{c.related}</td>
                </tr>
              ))}
            </SimpleTable>
          </>
        )}
      </section>

      <section aria-labelledby="r-boms" className="page-break">
        <h2 id="r-boms">3. BOM exposure</h2>
        {!bom.ok ? (
          <Failed message={bom.message} />
        ) : (
          <>
            <p>
              {bom.value.rollup.determinations} checks in force over {bom.value.rollup.bomsChecked} BOMs:{" "}
              {bom.value.rollup.linesBlocked} lines blocked, {bom.value.rollup.linesLicence} licence required
              {bom.value.rollup.linesNotSummed
                ? `; ${bom.value.rollup.linesNotSummed} lines without a price in ${bom.value.rollup.currency ?? "one currency"} are not in the sums`
                : ""}
              .
            </p>
            <ValueTable
              caption="Value at risk by customer"
              rows={bom.value.rollup.byCustomer}
              currency={bom.value.rollup.currency}
            />
            <ValueTable
              caption="By destination"
              rows={bom.value.rollup.byDestination}
              currency={bom.value.rollup.currency}
            />
            <ValueTable
              caption="By product line"
              rows={bom.value.rollup.byProductLine}
              currency={bom.value.rollup.currency}
            />
            <SimpleTable
              label="Controlled parts driving exposure"
              caption="Controlled parts driving it"
              columns={["Part", "Lines", "Customers", "Value"]}
              compact
            >
              {bom.value.rollup.topParts.map((p) => (
                <tr key={p.part}>
                  <td>{p.part}</td>
                  <td>{p.lines}</td>
                  <td>{p.customers}</td>
                  <td>{formatMoney(p.valueMinor, bom.value.rollup.currency)}</td>
                </tr>
              ))}
            </SimpleTable>
          </>
        )}
      </section>

      <section aria-labelledby="r-revenue">
        <h2 id="r-revenue">4. Revenue at risk</h2>
        {!revenue.ok ? (
          <Failed message={revenue.message} />
        ) : !revenue.value || !revenue.value.periods.length ? (
          <p>No financials to model.</p>
        ) : (
          <>
            <p>
              {revenue.value.scenario
                ? `Scenario ${revenue.value.scenario.name} v${revenue.value.scenario.version}`
                : "The default scenario"}
              ; P10–P90 from 2,000 seeded Monte Carlo paths.
            </p>
            <SimpleTable
              label="Revenue at risk by period"
              columns={["Period", "Baseline", "Scenario", "P10", "P90"]}
              compact
            >
              {revenue.value.periods.map((r) => (
                <tr key={r.period}>
                  <td>{r.period}</td>
                  <td>{formatMoney(r.baseline, revenue.value!.currency)}</td>
                  <td>{formatMoney(r.scenario, revenue.value!.currency)}</td>
                  <td>{formatMoney(r.p10, revenue.value!.currency)}</td>
                  <td>{formatMoney(r.p90, revenue.value!.currency)}</td>
                </tr>
              ))}
            </SimpleTable>
          </>
        )}
      </section>

      <section aria-labelledby="r-timeline" className="page-break">
        <h2 id="r-timeline">5. Timeline</h2>
        {!events.ok ? (
          <Failed message={events.message} />
        ) : (
          <SimpleTable label="Timeline" columns={["When (UTC)", "What", "Detail"]} compact>
            {events.value.map((e, i) => (
              <tr key={i}>
                <td>{e.at.toISOString().slice(0, 16).replace("T", " ")}</td>
                <td>{e.title}</td>
                <td>{e.detail}</td>
              </tr>
            ))}
          </SimpleTable>
        )}
      </section>
    </article>
  );
}
