import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireArea } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getListVersion } from "@/lib/data/list-versions";
import { diffVersions } from "@/lib/data/list-diff";
import { DecideVersion } from "@/components/imports/decide-version";
import { PageHeader } from "@/components/ui/page-header";
import { decideVersionAction } from "./actions";
import { SimpleTable } from "@/components/ui/simple-table";

export const metadata: Metadata = { title: "List version" };

const fieldLabels: Record<string, string> = {
  name: "Name",
  aliases: "Aliases",
  addresses: "Addresses",
  licenseRequirement: "Licence requirement",
  licensePolicy: "Licence policy",
};

/** What approving would do, in one sentence, beside the buttons: the diff above can be long. */
function approvalSummary(added: number, removed: number, changed: number, unchanged: number): string {
  const before = removed + changed + unchanged;
  const share = before ? Math.round((removed / before) * 1000) / 10 : 0;
  const n = (x: number) => x.toLocaleString("en-US");
  return `Approving puts this version in force in place of the current one: it adds ${n(added)} entries, removes ${n(removed)} (${share} % of the ${n(before)} in force) and changes ${n(changed)}.`;
}

export default async function ListVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireArea("imports", `/imports/lists/${id}`);
  const v = await getListVersion(id);
  if (!v) notFound();
  const d = v.previousVersionId ? await diffVersions(v.previousVersionId, v.id) : null;
  return (
    <>
      <p className="small">
        <Link href="/imports">← Imports</Link>
      </p>
      <PageHeader title={v.label}>
        {v.listKind === "csl" ? "Consolidated Screening List" : "Internal list"} ·{" "}
        <span className="badge">{v.status}</span> · {v.entryCount.toLocaleString("en-US")} entries · published{" "}
        {v.publishedOn ?? "(unknown)"} · from {v.fileName}
      </PageHeader>
      <p className="small muted">
        {Object.entries(v.sourceCounts)
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${k} ${n}`)
          .join(" · ")}
      </p>
      {v.status === "quarantined" ? (
        <div className="panel" role="region" aria-label="Quarantine">
          <strong>Quarantined.</strong> The current version keeps serving. Reasons:
          <ul>
            {(v.quarantineReason ?? "").split("; ").map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <p className="small muted">
            {can(user.role, "lists:approve")
              ? "Read the changes below before deciding."
              : "An administrator approves or rejects it."}
          </p>
        </div>
      ) : null}
      <h2>Changes against the previous version</h2>
      {!d ? (
        <p className="muted">This is the first version: nothing to compare.</p>
      ) : (
        <section aria-label="Diff">
          <p>
            <strong>{d.diff.added.length}</strong> added · <strong>{d.diff.removed.length}</strong> removed ·{" "}
            <strong>{d.diff.changed.length}</strong> changed · {d.diff.unchanged.toLocaleString("en-US")} unchanged
            (against {d.from.label})
          </p>
          <SimpleTable label="Changed entries" columns={["Change", "List", "Name", "What changed"]} scroll="table-wrap">
            {d.diff.added.slice(0, 500).map((e, i) => (
              <tr key={`a${i}`}>
                <td>
                  <span className="badge ok">added</span>
                </td>
                <td>{e.sourceCode}</td>
                <td>{e.name}</td>
                <td />
              </tr>
            ))}
            {d.diff.removed.slice(0, 500).map((e, i) => (
              <tr key={`r${i}`}>
                <td>
                  <span className="badge danger">removed</span>
                </td>
                <td>{e.sourceCode}</td>
                <td>{e.name}</td>
                <td />
              </tr>
            ))}
            {d.diff.changed.slice(0, 500).map((c, i) => (
              <tr key={`c${i}`}>
                <td>
                  <span className="badge">changed</span>
                </td>
                <td>{c.after.sourceCode}</td>
                <td>{c.after.name}</td>
                <td>
                  {c.changes.map((x) => (
                    <div key={x.field}>
                      <strong>{fieldLabels[x.field]}:</strong>{" "}
                      {x.added || x.removed ? (
                        <>
                          {x.added?.length ? `added ${x.added.join(", ")}` : ""}
                          {x.removed?.length ? ` removed ${x.removed.join(", ")}` : ""}
                        </>
                      ) : (
                        <>
                          {x.before ?? "—"} → {x.after ?? "—"}
                        </>
                      )}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </SimpleTable>
        </section>
      )}
      {v.status === "quarantined" && can(user.role, "lists:approve") ? (
        <section className="panel" aria-label="Decision">
          <h2>Approve or reject</h2>
          <p aria-label="What approving does">
            {d
              ? approvalSummary(d.diff.added.length, d.diff.removed.length, d.diff.changed.length, d.diff.unchanged)
              : "Approving puts this first version in force."}
          </p>
          <DecideVersion versionId={v.id} action={decideVersionAction} />
        </section>
      ) : null}
    </>
  );
}
