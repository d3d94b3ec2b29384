import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { listImportJobs } from "@/lib/data/catalog";
import { ImportJobsTable } from "@/components/tables/import-jobs-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage() {
  await requireArea("imports", "/imports");
  const jobs = await listImportJobs();
  return (
    <>
      <PageHeader title="Imports">Every file imported into this workspace, with its rows kept verbatim.</PageHeader>
      <p className="small muted">Files are loaded from the command line today: <code>npx chokepoint db seed</code> loads the shipped reference data.</p>
      {jobs.length ? <ImportJobsTable data={jobs} /> : <EmptyState title="Nothing imported yet">Run <code>npx chokepoint db seed</code> to load the reference data and demo data.</EmptyState>}
    </>
  );
}
