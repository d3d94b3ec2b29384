import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { canOpen } from "@/lib/auth/roles";
import { overviewCounts } from "@/lib/data/overview";
import { StatCard } from "@/components/ui/stat-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requireArea("overview", "/");
  const c = await overviewCounts();
  const importHref = canOpen(user.role, "imports") ? "/imports" : undefined;
  return (
    <>
      <PageHeader title="Overview">Where export-control exposure sits, from the data in this workspace.</PageHeader>
      {c.list ? (
        <div className="cards">
          <StatCard label="List in force" value={c.list.label} href="/screening" note={<>published {c.list.publishedOn ?? "date unknown"} · imported {c.list.createdAt.toISOString().slice(0, 10)}</>} />
          <StatCard label="Listed parties" value={c.listedParties} href="/screening" note="entries in the current list version" />
          <StatCard label="Entity List entries" value={c.entityListEntries} href="/screening?esort=name.asc&eq=Entity" />
          <StatCard label="Parties" value={c.parties} href="/screening#parties" note="customers, suppliers and ship-to" />
          <StatCard label="Parties screened" value={c.partiesScreened} href="/screening" />
          <StatCard label="Open hits" value={c.openHits} href="/screening" note="matches and reviews awaiting a decision" />
          <StatCard label="BOMs" value={c.boms} href="/boms" note={`${c.bomLines.toLocaleString("en-US")} lines`} />
          <StatCard label="Product lines" value={c.productLines} href="/scenarios" />
        </div>
      ) : (
        <EmptyState title="No restricted-party list yet" action={importHref ? { href: importHref, label: "Go to imports" } : undefined}>
          Import the Consolidated Screening List first: screening, BOM checks and the overview all build on it.
          {importHref ? null : " Ask an analyst to import it."}
        </EmptyState>
      )}
      {c.list && c.parties === 0 ? <EmptyState title="No parties yet" action={importHref ? { href: importHref, label: "Import parties" } : undefined}>Import your customers, suppliers and ship-to parties to screen them.</EmptyState> : null}
    </>
  );
}
