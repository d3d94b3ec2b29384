import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getBom } from "@/lib/data/area-rows";
import { isPastDateCheck } from "@/lib/overview/exposure";
import { determinationsForBom } from "@/lib/data/determinations";
import { statusLabels, type LineStatus } from "@/lib/rules/types";
import { CheckBomForm } from "@/components/boms/check-form";
import { checkBomAction } from "./actions";
import { overrideAction } from "./override-action";
import { OverrideForm } from "@/components/boms/override-form";
import { ClassifyLinesForm } from "@/components/boms/classify-lines-form";
import { classifyLinesAction } from "./classify-lines-action";
import { BomLinesTable } from "@/components/tables/bom-lines-table";
import { DemoBadge, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "BOM" };

export default async function BomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireArea("boms", `/boms/${id}`);
  const bom = await getBom(id);
  if (!bom) notFound();
  const past = await determinationsForBom(id);
  return (
    <>
      <p className="small">
        <Link href="/boms">← All BOMs</Link>
      </p>
      <PageHeader title={bom.name}>{bom.sourceNote}</PageHeader>
      {bom.isDemo ? (
        <p>
          <DemoBadge /> Demo BOM: prices are illustrative.
        </p>
      ) : null}
      {can(user.role, "boms:check") ? (
        <section aria-labelledby="check-heading">
          <h2 id="check-heading">Check for a buyer, destination and date</h2>
          <CheckBomForm bomId={bom.id} today={new Date().toISOString().slice(0, 10)} action={checkBomAction} />
        </section>
      ) : null}
      {past.length ? (
        <section aria-labelledby="past-heading">
          <h2 id="past-heading">Determinations</h2>
          <ul>
            {past.map((d) => (
              <li key={d.id}>
                <Link href={`/boms/${bom.id}/determinations/${d.id}`}>
                  {d.buyer} → {d.destination} on {d.asOf}
                </Link>
                : {statusLabels[d.outcome as LineStatus] ?? d.outcome}{" "}
                {isPastDateCheck(d) ? (
                  <span className="badge" title="A check as of a past date: not part of the current exposure">
                    past date
                  </span>
                ) : null}{" "}
                <span className="small muted">({d.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC)</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {can(user.role, "boms:override") ? (
        <section aria-labelledby="classify-many-heading">
          <h2 id="classify-many-heading">Classify several lines</h2>
          <p className="small muted">
            Select lines and give them one ECCN: one classification per line, audited together with its note.
          </p>
          <ClassifyLinesForm bomId={bom.id} lines={bom.lines.slice(0, 5000)} action={classifyLinesAction} />
        </section>
      ) : null}
      {can(user.role, "boms:override") ? (
        <section aria-labelledby="classify-heading">
          <h2 id="classify-heading">Classify a line</h2>
          <p className="small muted">
            A compliance officer's classification wins over the BOM and the catalogue; it is audited with its note.
          </p>
          <OverrideForm
            bomId={bom.id}
            lines={bom.lines.slice(0, 2000).map((l) => ({
              id: l.id,
              label: `${l.lineNo}: ${[l.manufacturer, l.mpn, l.description].filter(Boolean).join(" ").slice(0, 80)}${l.eccn ? ` (${l.eccn})` : ""}`,
            }))}
            action={overrideAction}
          />
        </section>
      ) : null}
      <h2>Lines</h2>
      <BomLinesTable data={bom.lines} />
    </>
  );
}
