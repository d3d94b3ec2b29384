import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { listPartRows } from "@/lib/data/classification";
import { PartForm } from "@/components/boms/part-form";
import { PartsTable } from "@/components/tables/parts-table";
import { PageHeader } from "@/components/ui/page-header";
import { savePartAction } from "./actions";

export const metadata: Metadata = { title: "Parts catalogue" };

export default async function CataloguePage({ searchParams }: { searchParams: Promise<{ edit?: string }> }) {
  const user = await requireArea("boms", "/boms/catalogue");
  const parts = await listPartRows();
  const { edit } = await searchParams;
  const editing = parts.find((p) => p.id === edit) ?? null;
  const admin = can(user.role, "parts:manage");
  return (
    <>
      <p className="small">
        <Link href="/boms">← BOMs</Link>
      </p>
      <PageHeader title="Parts catalogue">
        Controlled hardware the licence checks match BOM lines against: reference data from data/reference (accelerators
        classified from their published rates, Jetson modules with NVIDIA&apos;s stated ECCN), loaded into every
        database on migrate, with its sources. A row an admin edits becomes the admin&apos;s and is not reloaded.
      </PageHeader>
      <PartsTable data={parts} editable={admin} />
      {admin ? (
        <section aria-labelledby="add-part">
          <h2 id="add-part">{editing ? `Edit ${editing.manufacturer} ${editing.product}` : "Add a part"}</h2>
          <PartForm
            key={editing?.id ?? "new"}
            action={savePartAction}
            today={new Date().toISOString().slice(0, 10)}
            part={editing}
          />
        </section>
      ) : null}
    </>
  );
}
