import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { listLicences } from "@/lib/data/classification";
import { LicenceForm } from "@/components/boms/licence-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { addLicenceAction } from "./actions";
import { SimpleTable } from "@/components/ui/simple-table";

export const metadata: Metadata = { title: "Licences on file" };

export default async function LicencesPage() {
  const user = await requireArea("boms", "/boms/licences");
  const licences = await listLicences();
  return (
    <>
      <p className="small">
        <Link href="/boms">← BOMs</Link>
      </p>
      <PageHeader title="Licences on file">
        A licence turns “licence required” into “authorised” for the party, destination and ECCNs it names, until it
        expires.
      </PageHeader>
      {licences.length ? (
        <SimpleTable
          label="Licences"
          columns={["Number", "Party", "Destination", "ECCNs", "Valid", "Note"]}
          scroll="table-wrap"
        >
          {licences.map((l) => (
            <tr key={l.id}>
              <td>{l.number}</td>
              <td>{l.holder ?? "—"}</td>
              <td>{l.destination ?? "any"}</td>
              <td>{l.eccns}</td>
              <td>
                {l.validFrom} to {l.validTo ?? "(no expiry stated)"}
              </td>
              <td>{l.note ?? ""}</td>
            </tr>
          ))}
        </SimpleTable>
      ) : (
        <EmptyState title="No licences on file">
          Record a licence BIS granted, and checks for its party will show the lines it authorises.
        </EmptyState>
      )}
      {can(user.role, "licences:manage") ? (
        <section aria-labelledby="add-licence">
          <h2 id="add-licence">Record a licence</h2>
          <LicenceForm action={addLicenceAction} />
        </section>
      ) : null}
    </>
  );
}
