import type { Metadata } from "next";
import Link from "next/link";
import { requireArea } from "@/lib/auth/session";
import { whatChanged } from "@/lib/data/screening-runs";
import { BandBadge } from "@/components/screening/band-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SimpleTable } from "@/components/ui/simple-table";

export const metadata: Metadata = { title: "What changed" };

const changeWords = {
  added: "added to the list",
  removed: "removed from the list",
  changed: "changed on the list",
  scoring: "scored differently (thresholds or sources)",
} as const;

export default async function ChangesPage() {
  await requireArea("screening", "/screening/changes");
  const changed = await whatChanged();
  return (
    <>
      <p className="small">
        <Link href="/screening">← Screening</Link>
      </p>
      <PageHeader title="What changed">
        Parties whose screening status changed between the two latest runs, and the list change behind each.
      </PageHeader>
      {!changed ? (
        <EmptyState title="Nothing to compare yet">
          Two finished screening runs are needed; a new list version starts one automatically.
        </EmptyState>
      ) : (
        <>
          <p className="small muted">
            From the run of {changed.from.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC (
            {changed.from.listLabel}) to the run of {changed.to.createdAt.toISOString().slice(0, 16).replace("T", " ")}{" "}
            UTC ({changed.to.listLabel}).
          </p>
          {changed.changes.length === 0 ? (
            <EmptyState title="No status changed">Every party has the same status as in the run before.</EmptyState>
          ) : (
            <SimpleTable
              label="Status changes"
              columns={["Party", "Before", "Now", "Because the entry was…"]}
              scroll="table-wrap"
            >
              {changed.changes.map((c) => (
                <tr key={c.partyId}>
                  <td>{c.partyName}</td>
                  <td>
                    <BandBadge band={c.before} />
                  </td>
                  <td>
                    <BandBadge band={c.after} />
                  </td>
                  <td>
                    {c.causes
                      .map(
                        (x) =>
                          `${x.listedName}: ${changeWords[x.change]}${x.fields.length ? ` (${x.fields.join(", ")})` : ""}`,
                      )
                      .join("; ")}
                  </td>
                </tr>
              ))}
            </SimpleTable>
          )}
        </>
      )}
    </>
  );
}
