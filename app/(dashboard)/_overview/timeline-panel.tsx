import Link from "next/link";
import type { OverviewFilters } from "@/lib/overview/filters";
import { timeline } from "./data";
import { loadPanel, Panel } from "@/components/overview/panel";

const frame = { id: "timeline", title: "Timeline" };
const kindLabels = { list: "List", decision: "Decision", determination: "BOM check" } as const;

export async function TimelinePanel({
  filters,
  auditHref,
}: {
  filters: OverviewFilters;
  auditHref: string | undefined;
}) {
  return loadPanel(
    () => timeline(filters),
    (events) => (
      <Panel {...frame} action={auditHref ? { href: auditHref, label: "Full audit trail" } : undefined}>
        {events.length ? (
          <ol className="timeline" aria-label="List changes, decisions and BOM checks, newest first">
            {events.map((e, i) => (
              <li key={`${e.kind}-${e.at.getTime()}-${i}`}>
                <time dateTime={e.at.toISOString()}>{e.at.toISOString().slice(0, 16).replace("T", " ")}</time>
                <span className={`badge kind-${e.kind}`}>{kindLabels[e.kind]}</span>
                <span>
                  {e.href ? <Link href={e.href}>{e.title}</Link> : e.title}
                  <span className="small muted"> — {e.detail}</span>
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">Nothing happened{filters.from || filters.to ? " in this date range" : " yet"}.</p>
        )}
      </Panel>
    ),
    frame,
  );
}
