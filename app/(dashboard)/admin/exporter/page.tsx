import type { Metadata } from "next";
import { requireArea } from "@/lib/auth/session";
import { exporterName, isInformedLetters } from "@/lib/data/exporter";
import { ExporterAdmin } from "@/components/admin/exporter-admin";
import { PageHeader } from "@/components/ui/page-header";
import { addLetterAction, setExporterNameAction } from "./actions";

export const metadata: Metadata = { title: "Exporter and is-informed letters" };

export default async function ExporterPage() {
  await requireArea("admin", "/admin/exporter");
  const [name, letters] = await Promise.all([exporterName(), isInformedLetters()]);
  return (
    <>
      <PageHeader title="Exporter and is-informed letters">
        The company that runs the checks, and the letters in which BIS informed it individually that a licence is
        required (15 CFR 744.21(b), 744.23(b)). A letter binds only its recipient: checks apply the letters addressed to
        the exporter named here, for the items, destinations and dates they name. Every change is audited.
      </PageHeader>
      <ExporterAdmin name={name} letters={letters} setName={setExporterNameAction} addLetter={addLetterAction} />
    </>
  );
}
