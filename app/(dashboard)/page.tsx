import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requireArea } from "@/lib/auth/session";
import { can, canOpen } from "@/lib/auth/roles";
import { filterQuery, parseOverviewFilters, type SearchParams } from "@/lib/overview/filters";
import { PageHeader } from "@/components/ui/page-header";
import { PanelSkeleton } from "@/components/overview/panel";
import { FiltersForm } from "./_overview/filters-form";
import { ListPanel } from "./_overview/list-panel";
import { ListUpdatesPanel } from "./_overview/list-updates-panel";
import { RuleChangesPanel } from "./_overview/rule-changes-panel";
import { PartiesPanel } from "./_overview/parties-panel";
import { BomsPanel } from "./_overview/boms-panel";
import { RevenuePanel } from "./_overview/revenue-panel";
import { TimelinePanel } from "./_overview/timeline-panel";
import { filterChoices } from "./_overview/data";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("overview", "/");
  const { filters, problems } = parseOverviewFilters(await searchParams);
  const importHref = canOpen(user.role, "imports") ? "/imports" : undefined;
  const customerName = filters.customer
    ? ((await filterChoices()).customers.find((c) => c.id === filters.customer)?.name ?? null)
    : null;
  const q = filterQuery(filters);
  return (
    <>
      <PageHeader title="Overview">
        Where export-control exposure sits, what changed, and the evidence behind each figure.{" "}
        <span className="no-print">
          <Link href={`/report${q}`}>Printable report</Link> · <Link href="/digest">Weekly digest</Link>
        </span>
      </PageHeader>
      <Suspense fallback={<div className="skeleton" style={{ height: "2.5rem" }} />}>
        <FiltersForm filters={filters} problems={problems} />
      </Suspense>
      <Suspense fallback={<PanelSkeleton id="list" title="The list in force" />}>
        <ListPanel importHref={importHref} />
      </Suspense>
      <Suspense fallback={<PanelSkeleton id="list-updates" title="List updates" rows={2} />}>
        <ListUpdatesPanel canUpdate={can(user.role, "lists:update")} />
      </Suspense>
      <Suspense fallback={<PanelSkeleton id="rule-changes" title="Rule changes" rows={2} />}>
        <RuleChangesPanel role={user.role} since={filters.from} />
      </Suspense>
      <div className="overview-grid">
        <Suspense fallback={<PanelSkeleton id="parties" title="Party screening" rows={4} />}>
          <PartiesPanel filters={filters} customerName={customerName} importHref={importHref} />
        </Suspense>
        <Suspense fallback={<PanelSkeleton id="revenue" title="Revenue at risk" rows={4} />}>
          <RevenuePanel filters={filters} importHref={importHref} />
        </Suspense>
      </div>
      <Suspense fallback={<PanelSkeleton id="boms" title="BOM exposure" rows={6} />}>
        <BomsPanel filters={filters} checkHref={canOpen(user.role, "boms") ? "/boms" : undefined} />
      </Suspense>
      <Suspense fallback={<PanelSkeleton id="timeline" title="Timeline" rows={5} />}>
        <TimelinePanel filters={filters} auditHref={canOpen(user.role, "audit") ? "/audit" : undefined} />
      </Suspense>
    </>
  );
}
