"use client";
import Link from "next/link";
import { type ImportResult } from "@/lib/data/import-types";
import { SimpleTable } from "@/components/ui/simple-table";
import { SkippedRowsTable } from "./skipped-rows";

const statusText: Record<string, string> = {
  imported: "Imported",
  unchanged: "Already imported: nothing changed",
  quarantined: "Quarantined: waiting for an administrator",
  rejected: "Rejected: nothing was imported",
  cancelled: "Cancelled: nothing was imported",
  failed: "Failed: nothing was imported",
};

export function ResultPanel({
  result: r,
  onDownload,
  onAnother,
}: {
  result: ImportResult;
  onDownload: () => void;
  onAnother: () => void;
}) {
  const href =
    r.version?.type === "list-version"
      ? `/imports/lists/${r.version.id}`
      : r.version?.type === "bom"
        ? `/boms/${r.version.id}`
        : null;
  return (
    <div role="status" aria-label="Import result">
      <h2 className={r.status === "imported" || r.status === "unchanged" ? "" : "error-text"}>
        {statusText[r.status] ?? r.status}
      </h2>
      <p>{r.message}</p>
      {r.notes.map((n) => (
        <p key={n} className="small" role="note">
          ℹ {n}
        </p>
      ))}
      <dl className="counts">
        <div>
          <dt>Read</dt>
          <dd>{r.counts.read.toLocaleString("en-US")}</dd>
        </div>
        <div>
          <dt>Imported</dt>
          <dd>{r.counts.imported.toLocaleString("en-US")}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd>{r.counts.skipped.toLocaleString("en-US")}</dd>
        </div>
        <div>
          <dt>Invalid</dt>
          <dd>{r.counts.invalid.toLocaleString("en-US")}</dd>
        </div>
      </dl>
      {r.diff ? (
        <p>
          Against the previous version: {r.diff.added} added, {r.diff.removed} removed, {r.diff.changed} changed (
          {r.diff.policyChanged} licence changes).
        </p>
      ) : null}
      {r.quarantineReasons?.length ? (
        <ul>
          {r.quarantineReasons.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      ) : null}
      {href ? (
        <p>
          <Link href={href}>Open {r.version?.label ?? "the result"}</Link>
        </p>
      ) : null}
      {r.skippedRows?.length ? (
        <details>
          <summary>
            {r.counts.skipped} row(s) skipped because they are not parts (fiducials, logos, holes, places left empty)
          </summary>
          <SkippedRowsTable rows={r.skippedRows} />
        </details>
      ) : null}
      {r.errors.length ? (
        <>
          <SimpleTable
            label="Problems"
            columns={["File", "Row", "Column", "Value", "Expected", "The row reads"]}
            scroll="table-wrap"
          >
            {r.errors.slice(0, 200).map((e, i) =>
              "expected" in e ? (
                <tr key={i}>
                  <td>{r.file}</td>
                  <td>{e.row}</td>
                  <td>{e.column}</td>
                  <td>{e.value}</td>
                  <td>{e.expected}</td>
                  <td className="small">{e.content ?? ""}</td>
                </tr>
              ) : (
                <tr key={i}>
                  <td>{r.file}</td>
                  <td>{e.row ?? ""}</td>
                  <td>{e.column ?? ""}</td>
                  <td />
                  <td>{e.message}</td>
                  <td />
                </tr>
              ),
            )}
          </SimpleTable>
          {r.errorTotal > r.errors.length ? (
            <p className="small muted">{r.errorTotal - r.errors.length} more problems are not listed.</p>
          ) : null}
          <button className="button secondary" type="button" onClick={onDownload}>
            Download problems (CSV)
          </button>
        </>
      ) : null}
      <p>
        <button className="button" type="button" onClick={onAnother}>
          Import another file
        </button>
      </p>
    </div>
  );
}
