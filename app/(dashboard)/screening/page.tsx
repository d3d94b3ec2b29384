import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { currentListVersion } from "@/lib/data/list-versions";
import { listEntries, listParties } from "@/lib/data/area-rows";
import { hitsWithDecisions } from "@/lib/data/decisions";
import { screeningThresholds } from "@/lib/data/screening";
import { latestRuns } from "@/lib/data/screening-runs";
import { sourceGroupLabels, type SourceGroup } from "@/lib/screening/sources";
import { ListEntriesTable } from "@/components/tables/list-entries-table";
import { PartiesTable } from "@/components/tables/parties-table";
import { ScreeningHitsTable } from "@/components/tables/screening-hits-table";
import { ScreenSearch } from "@/components/screening/screen-search";
import { RunProgress } from "@/components/screening/run-progress";
import { ScreenPartiesForm, ThresholdsForm } from "@/components/screening/run-controls";
import { windowRows, type SearchParamsLike } from "@/lib/tables/window";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { screenPartiesAction, setThresholdsAction } from "./actions";

export const metadata: Metadata = { title: "Screening" };

// the stored parties and the list run to tens of thousands: the browser gets a window of each (lib/tables/window.ts)
const ROWS_SHOWN = 500;

export default async function ScreeningPage({ searchParams }: { searchParams: Promise<SearchParamsLike> }) {
  const user = await requireArea("screening", "/screening");
  const [list, parties, runs, thresholds] = await Promise.all([
    currentListVersion("csl"),
    listParties(),
    latestRuns(5),
    screeningThresholds(),
  ]);
  const entries = list ? await listEntries(list.id) : [];
  const run = runs[0] ?? null;
  const lastFinished = runs.find((r) => r.status === "succeeded") ?? null;
  const hits = lastFinished ? await hitsWithDecisions(lastFinished.id, new Date()) : [];
  const params = await searchParams;
  const { rows: partyRows, ...partyCounts } = windowRows(parties, params, {
    param: "p",
    columns: ["name", "kind", "country"],
    facets: [],
    limit: ROWS_SHOWN,
  });
  const { rows: entryRows, ...entryCounts } = windowRows(entries, params, {
    param: "e",
    columns: ["sourceCode", "name", "countries", "startDate", "licensePolicy"],
    facets: [],
    limit: ROWS_SHOWN,
  });
  return (
    <>
      <PageHeader title="Screening">
        Screen parties against the lists in force: fuzzy names, aliases, scripts and addresses, with the reasons shown.
      </PageHeader>

      <section aria-labelledby="search-heading">
        <h2 id="search-heading">Screen a name</h2>
        <ScreenSearch />
      </section>

      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading">Stored parties</h2>
        {can(user.role, "screening:run") ? (
          <ScreenPartiesForm action={screenPartiesAction} partyCount={parties.length} />
        ) : null}
        {run ? (
          <>
            <p className="small muted">
              Latest run: {run.trigger === "list-version" ? "automatic, after a new list version" : "started by hand"},{" "}
              {run.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC, against {run.listLabel};{" "}
              {run.sources.map((s: SourceGroup) => sourceGroupLabels[s] ?? s).join(", ")}; thresholds match ≥{" "}
              {run.thresholds.match}, review ≥ {run.thresholds.review}.{" "}
              <Link href="/screening/changes">What changed</Link>
              {lastFinished ? (
                <>
                  {" "}
                  · <a href={`/api/v1/screening/runs/${lastFinished.id}/export`}>Export hits with explanations (CSV)</a>
                </>
              ) : null}
            </p>
            {run.status !== "succeeded" ? (
              <RunProgress
                key={run.id}
                runId={run.id}
                initial={{ status: run.status, processed: run.processed, partyCount: run.partyCount, error: run.error }}
              />
            ) : null}
          </>
        ) : null}
        {lastFinished ? (
          hits.length ? (
            <ScreeningHitsTable data={hits} />
          ) : (
            <EmptyState title="No hits">
              None of the {lastFinished.processed.toLocaleString("en-US")} parties resembles a listed name.
            </EmptyState>
          )
        ) : (
          <EmptyState title="No screening run yet">
            {parties.length
              ? "Screen the stored parties to see their hits here."
              : "An analyst imports customers, suppliers and ship-to parties first."}
          </EmptyState>
        )}
      </section>

      {can(user.role, "screening:configure") ? (
        <section aria-labelledby="thresholds-heading">
          <h2 id="thresholds-heading">Band thresholds</h2>
          <p className="small muted">
            Scores run from 0 to 100. A hit at or above the match threshold is a match; at or above review, a review.
            Defaults: match 85, review 70.
          </p>
          <ThresholdsForm action={setThresholdsAction} current={thresholds} />
        </section>
      ) : null}

      {list ? (
        <section aria-labelledby="list-heading">
          <h2 id="list-heading">{list.label}</h2>
          <p className="small muted">
            Version published {list.publishedOn ?? "(date unknown)"} · {list.entryCount.toLocaleString("en-US")} entries
            ·{" "}
            {Object.entries(list.sourceCounts)
              .sort((a, b) => b[1] - a[1])
              .map(([k, v]) => `${k} ${v}`)
              .join(", ")}
          </p>
          <ListEntriesTable data={entryRows} window={entryCounts} />
        </section>
      ) : (
        <EmptyState title="No list version yet">An analyst imports the Consolidated Screening List first.</EmptyState>
      )}
      <section aria-labelledby="all-parties">
        <h2 id="all-parties">Parties</h2>
        {parties.length ? (
          <PartiesTable data={partyRows} window={partyCounts} />
        ) : (
          <EmptyState title="No parties yet">An analyst imports customers, suppliers and ship-to parties.</EmptyState>
        )}
      </section>
    </>
  );
}
