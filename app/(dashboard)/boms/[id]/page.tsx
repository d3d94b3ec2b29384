import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { getBom } from "@/lib/data/catalog";
import { BomLinesTable } from "@/components/tables/bom-lines-table";
import { DemoBadge, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "BOM" };

export default async function BomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireArea("boms", `/boms/${id}`);
  const bom = await getBom(id);
  if (!bom) notFound();
  return (
    <>
      <p className="small"><Link href="/boms">← All BOMs</Link></p>
      <PageHeader title={bom.name}>{bom.sourceNote}</PageHeader>
      {bom.isDemo ? <p><DemoBadge /> Demo BOM: prices are illustrative.</p> : null}
      <BomLinesTable data={bom.lines} />
    </>
  );
}
