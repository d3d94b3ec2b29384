import Link from "next/link";
import { StatCard } from "@/components/ui/stat-card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatMoney } from "@/lib/overview/format";
import { describeDiff } from "@/lib/overview/timeline";
import { factsListLabel, fullListCommand } from "@/lib/lists/shipped-list";
import { listPanel } from "./data";
import { loadPanel, Panel } from "@/components/overview/panel";

const frame = { id: "list", title: "The list in force" };

export async function ListPanel({ importHref }: { importHref: string | undefined }) {
  return loadPanel(
    listPanel,
    (p) => (
      <Panel {...frame}>
        {!p ? (
          <EmptyState
            title="No restricted-party list yet"
            action={importHref ? { href: importHref, label: "Import the list" } : undefined}
          >
            Import the Consolidated Screening List first: screening, BOM checks and this overview all build on it.
            {importHref ? null : " Ask an analyst to import it."} To download it from its publisher, run{" "}
            <code>{fullListCommand}</code>.
          </EmptyState>
        ) : (
          <>
            {p.list.label === factsListLabel ? (
              // the offline first start seeds only the team-compiled facts: never let them pass for the full list
              <p className="alert" role="status">
                <strong>The full Consolidated Screening List is not loaded yet.</strong> Screening and BOM checks use
                only the {p.list.entryCount} team-compiled Entity List facts shipped with Chokepoint. Load the
                publisher&apos;s list with <code>{fullListCommand}</code> (or import a downloaded file on the Imports
                page).
              </p>
            ) : null}
            <div className="cards">
              <StatCard
                label="List in force"
                value={p.list.label}
                href={`/imports/lists/${p.list.id}`}
                note={
                  <>
                    published {p.list.publishedOn ?? "date unknown"} · imported{" "}
                    {p.list.createdAt.toISOString().slice(0, 10)}
                  </>
                }
              />
              <StatCard
                label="Listed entries"
                value={p.list.entryCount}
                href="/screening#list-heading"
                note={Object.entries(p.list.sourceCounts)
                  .sort((a, b) => b[1] - a[1])
                  .slice(0, 4)
                  .map(([k, v]) => `${k} ${v}`)
                  .join(" · ")}
              />
              <StatCard
                label="Last update"
                value={
                  p.list.diff
                    ? `+${p.list.diff.added} / −${p.list.diff.removed} / ~${p.list.diff.changed}`
                    : "first version"
                }
                href={`/imports/lists/${p.list.id}`}
                note={
                  p.list.previousLabel ? (
                    <>
                      against {p.list.previousLabel}: {describeDiff(p.list.diff)}
                    </>
                  ) : (
                    "nothing earlier to compare with"
                  )
                }
              />
              <StatCard
                label="Parties it touched"
                value={p.touched?.parties.length ?? 0}
                href="/screening/changes"
                note={
                  p.touched ? "screening status changed with this version" : "no earlier screening run to compare with"
                }
              />
              <StatCard
                label="BOMs it touched"
                value={p.touched?.boms.length ?? 0}
                href="/boms"
                note={
                  p.touched?.boms.length
                    ? p.touched.boms
                        .slice(0, 3)
                        .map((b) => b.name)
                        .join(", ")
                    : "none sold to a touched party"
                }
              />
              <StatCard
                label="Revenue it touched"
                value={p.touched?.currency ? formatMoney(p.touched.revenueMinor, p.touched.currency, true) : "—"}
                href="/scenarios"
                note={
                  p.touched?.period
                    ? `latest period (${p.touched.period}) of the product lines behind those BOMs`
                    : "no product line behind a touched BOM"
                }
              />
            </div>
            {p.touched?.parties.length ? (
              <ul className="small touched-list">
                {p.touched.parties.slice(0, 5).map((c) => (
                  <li key={c.partyId}>
                    {c.partyName}: {c.before} → <strong>{c.after}</strong>
                  </li>
                ))}
                {p.touched.parties.length > 5 ? (
                  <li>
                    <Link href="/screening/changes">and {p.touched.parties.length - 5} more</Link>
                  </li>
                ) : null}
              </ul>
            ) : null}
          </>
        )}
      </Panel>
    ),
    frame,
  );
}
