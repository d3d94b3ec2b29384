import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { currentListVersion } from "@/lib/data/list-versions";
import { listEntries, listParties } from "@/lib/data/catalog";
import { ListEntriesTable } from "@/components/tables/list-entries-table";
import { PartiesTable } from "@/components/tables/parties-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Screening" };

export default async function ScreeningPage() {
  await requireArea("screening", "/screening");
  const list = await currentListVersion("csl");
  const [entries, parties] = await Promise.all([list ? listEntries(list.id) : Promise.resolve([]), listParties()]);
  return (
    <>
      <PageHeader title="Screening">The list in force and the parties to screen against it.</PageHeader>
      {list ? (
        <section aria-labelledby="list-heading">
          <h2 id="list-heading">{list.label}</h2>
          <p className="small muted">
            Version published {list.publishedOn ?? "(date unknown)"} · {list.entryCount.toLocaleString("en-US")} entries ·{" "}
            {Object.entries(list.sourceCounts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}
          </p>
          <ListEntriesTable data={entries} />
        </section>
      ) : (
        <EmptyState title="No list version yet">An analyst imports the Consolidated Screening List first.</EmptyState>
      )}
      <section aria-labelledby="parties">
        <h2 id="parties">Parties</h2>
        {parties.length ? <PartiesTable data={parties} /> : <EmptyState title="No parties yet">An analyst imports customers, suppliers and ship-to parties.</EmptyState>}
      </section>
    </>
  );
}
