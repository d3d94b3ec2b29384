import { StatCard } from "@/components/ui/stat-card";
import { EmptyState } from "@/components/ui/empty-state";
import type { OverviewFilters } from "@/lib/overview/filters";
import { hitsHref } from "@/lib/overview/links";
import { UNKNOWN_COUNTRY } from "@/lib/overview/parties";
import { CountryBandsChart } from "@/components/overview/charts";
import { partiesPanel } from "./data";
import { loadPanel, Panel } from "@/components/overview/panel";

const frame = { id: "parties", title: "Party screening" };

export async function PartiesPanel({
  filters,
  customerName,
  importHref,
}: {
  filters: OverviewFilters;
  customerName: string | null;
  importHref: string | undefined;
}) {
  return loadPanel(
    () => partiesPanel(filters),
    (p) => {
      const href = (facets: Parameters<typeof hitsHref>[1]) =>
        hitsHref(filters, { ...facets, partyName: customerName });
      const countries = p.rollup.byCountry.map((c) => ({
        ...c,
        href: href(c.country === UNKNOWN_COUNTRY ? {} : { country: c.country }),
      }));
      return (
        <Panel {...frame} action={{ href: "/screening", label: "Screening" }}>
          {p.partyCount === 0 ? (
            <EmptyState
              title="No parties yet"
              action={importHref ? { href: importHref, label: "Import parties" } : undefined}
            >
              Import your customers, suppliers and ship-to parties to screen them.
            </EmptyState>
          ) : (
            <>
              <div className="cards">
                <StatCard
                  label="Parties"
                  value={p.partyCount}
                  href="/screening#all-parties"
                  note={
                    p.runAt
                      ? `${p.screened.toLocaleString("en-US")} screened by the latest run, ${p.runAt.toISOString().slice(0, 16).replace("T", " ")} UTC`
                      : "not screened yet"
                  }
                />
                <StatCard
                  label="Hits awaiting a decision"
                  value={p.rollup.openHits}
                  href={href({ queue: "awaiting decision" })}
                  note="open, or reopened by a list change or expiry"
                />
                <StatCard
                  label="Confirmed matches"
                  value={p.rollup.confirmedMatches}
                  href={href({ queue: "confirmed match" })}
                />
                <StatCard
                  label="Decisions expiring soon"
                  value={p.rollup.expiringSoon}
                  href={href({ expiry: "expires within 30 days" })}
                  note="within 30 days"
                />
              </div>
              {countries.length ? (
                <figure className="chart-figure">
                  <figcaption>
                    <strong>Hits by party country and band</strong>
                  </figcaption>
                  <CountryBandsChart data={countries} />
                  <ul className="inline-links small">
                    {countries.map((c) => (
                      <li key={c.country}>
                        <a href={c.href}>
                          {c.country}: {c.match} match, {c.review} review, {c.related} related
                        </a>
                      </li>
                    ))}
                  </ul>
                </figure>
              ) : (
                <p className="muted">
                  No hits{p.runAt ? " in the latest run" : ""}
                  {filters.destination || filters.customer ? " for these filters" : ""}.
                </p>
              )}
            </>
          )}
        </Panel>
      );
    },
    frame,
  );
}
