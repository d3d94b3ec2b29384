import Link from "next/link";
import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { listBoms } from "@/lib/data/area-rows";
import { BomsTable } from "@/components/tables/boms-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "BOM checks" };

export default async function BomsPage() {
  await requireArea("boms", "/boms");
  const boms = await listBoms();
  return (
    <>
      <PageHeader title="BOM checks">
        Bills of materials in this workspace: open one to check it for a buyer, destination and date.
      </PageHeader>
      <p className="small">
        <Link href="/boms/catalogue">Parts catalogue</Link> · <Link href="/boms/licences">Licences on file</Link>
      </p>
      {boms.length ? (
        <BomsTable data={boms} />
      ) : (
        <EmptyState title="No BOMs yet">An analyst imports a bill of materials first.</EmptyState>
      )}
    </>
  );
}
