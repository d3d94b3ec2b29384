import Link from "next/link";
import { listUpdateStatus, type ListUpdateSummary } from "@/lib/data/list-update-status";
import { stalenessMessage } from "@/lib/lists/update-policy";
import { updateListsNowAction } from "@/app/(dashboard)/imports/list-update-actions";
import { loadPanel, Panel } from "@/components/overview/panel";
import { RefreshWhileRunning, UpdateListsButton } from "@/components/overview/update-lists-button";

const frame = { id: "list-updates", title: "List updates" };
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
const triggers: Record<string, string> = {
  schedule: "scheduled",
  admin: "by an admin",
  cli: "from the CLI",
  "first-start": "on first start",
};
const badge: Record<string, string> = {
  imported: "ok",
  unchanged: "ok",
  quarantined: "danger",
  rejected: "danger",
  failed: "danger",
};

function Progress({ u }: { u: ListUpdateSummary }) {
  return (
    <p role="status" aria-label="Update in progress">
      Updating now ({triggers[u.trigger] ?? u.trigger}, since {when(u.startedAt)}): {u.phase}
      {u.bytesRead ? ` ${mb(u.bytesRead)}${u.bytesTotal ? ` of ${mb(u.bytesTotal)}` : ""}` : ""}
      {u.bytesTotal && u.bytesRead ? (
        <progress value={u.bytesRead} max={u.bytesTotal} style={{ marginLeft: "0.5rem" }} />
      ) : null}
    </p>
  );
}

export async function ListUpdatesPanel({ canUpdate }: { canUpdate: boolean }) {
  return loadPanel(
    () => listUpdateStatus(),
    (s) => (
      <Panel {...frame}>
        {s.freshness?.stale ? (
          <p className="error" role="alert" aria-label="Stale list">
            <strong>Stale list.</strong> {stalenessMessage(s.freshness)}
          </p>
        ) : null}
        {s.running ? <Progress u={s.running} /> : null}
        <RefreshWhileRunning running={!!s.running} />
        {s.last ? (
          <dl className="small" aria-label="Last list update">
            <dt>Last update</dt>
            <dd>
              <span className={`badge ${badge[s.last.status] ?? ""}`}>{s.last.status}</span>{" "}
              {when(s.last.finishedAt ?? s.last.startedAt)}, {triggers[s.last.trigger] ?? s.last.trigger}
            </dd>
            <dt>Version</dt>
            <dd>
              {s.last.version ? <Link href={`/imports/lists/${s.last.version.id}`}>{s.last.version.label}</Link> : "—"}
            </dd>
            <dt>Publisher date</dt>
            <dd>{s.last.publishedAt ? when(new Date(s.last.publishedAt)) : "not given"}</dd>
            <dt>{s.last.status === "failed" || s.last.status === "rejected" ? "Error" : "Result"}</dt>
            <dd>{s.last.message}</dd>
          </dl>
        ) : (
          <p className="muted small">No list has been downloaded from its publisher yet.</p>
        )}
        <p className="small muted">
          {s.schedule
            ? `Scheduled every ${s.schedule.everyHours} h from ${s.schedule.url}.`
            : "Scheduled updates are off (CHOKEPOINT_LIST_UPDATE_HOURS=0)."}
          {s.freshness && !s.freshness.stale
            ? ` The list in force was last confirmed current on ${s.freshness.asOf.slice(0, 10)}.`
            : ""}
        </p>
        {canUpdate ? <UpdateListsButton action={updateListsNowAction} disabled={!!s.running} /> : null}
      </Panel>
    ),
    frame,
  );
}
