import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { listFinancials } from "@/lib/data/catalog";
import { FinancialsTable } from "@/components/tables/financials-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Scenarios" };

export default async function ScenariosPage() {
  await requireArea("scenarios", "/scenarios");
  const rows = await listFinancials();
  return (
    <>
      <PageHeader title="Scenarios">Product-line financials: the baseline that listing scenarios start from.</PageHeader>
      {rows.length ? <FinancialsTable data={rows} /> : <EmptyState title="No financials yet">An analyst imports product-line financials first.</EmptyState>}
    </>
  );
}
