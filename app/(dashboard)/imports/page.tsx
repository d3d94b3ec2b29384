import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { listImportJobs, listListVersions } from "@/lib/data/area-rows";
import { ImportJobsTable } from "@/components/tables/import-jobs-table";
import { ListVersionsTable } from "@/components/tables/list-versions-table";
import { ImportWizard } from "@/components/imports/import-wizard";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { markInterruptedImports } from "@/lib/operations/mark-interrupted-imports";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage() {
  await requireArea("imports", "/imports");
  await markInterruptedImports();
  const [jobs, versions] = await Promise.all([listImportJobs(), listListVersions()]);
  return (
    <>
      <PageHeader title="Imports">
        Load lists, BOMs, parties, financials and part classifications. Each file is checked first and lands whole or
        not at all.
      </PageHeader>
      <ImportWizard />
      <h2>List versions</h2>
      {versions.length ? (
        <ListVersionsTable data={versions} />
      ) : (
        <EmptyState title="No list versions yet">Import the Consolidated Screening List above.</EmptyState>
      )}
      <h2>Import history</h2>
      {jobs.length ? (
        <ImportJobsTable data={jobs} />
      ) : (
        <EmptyState title="Nothing imported yet">
          Drop a file above, or run <code>npx chokepoint db seed</code> for the reference data.
        </EmptyState>
      )}
    </>
  );
}
