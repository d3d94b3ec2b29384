"use client";
import { humanField } from "@/lib/words";
import { useState } from "react";
import type { AnalysisView } from "@/lib/imports/analysis-view";
import { SimpleTable } from "@/components/ui/simple-table";
import { SkippedRowsTable } from "./skipped-rows";
import { ScrollBox } from "@/components/ui/scroll-box";

const kindLabels: Record<string, string> = {
  list: "Restricted-party list",
  bom: "Bill of materials",
  parties: "Parties",
  financials: "Financials",
  classifications: "Part classifications (manufacturer or supplier declarations)",
  ownership: "Ownership (who owns whom, by percent; or FollowTheMoney Ownership records)",
  aliases: "Known aliases of listed entries (listed entry, alias, script, source)",
};

export function AnalysisPanel({
  analysis: a,
  onChange,
  onImport,
  onCancel,
}: {
  analysis: AnalysisView;
  onChange: (o: { kind?: string; format?: string; mapping?: Record<string, number> }) => void;
  onImport: (label: string) => void;
  onCancel: () => void;
}) {
  const [label, setLabel] = useState("");
  // the mapping as the analyst is editing it: each change builds on the last one, even before the server
  // has re-analysed the file with the previous change
  const [mapping, setMapping] = useState(a.mapping);
  // a new analysis from the server replaces the edits (adjusted during render, React's pattern for state
  // that follows a prop, rather than an effect that renders twice)
  const [mappingOf, setMappingOf] = useState(a.mapping);
  if (mappingOf !== a.mapping) {
    setMappingOf(a.mapping);
    setMapping(a.mapping);
  }
  const blocked = a.fileProblems.length > 0 || !a.kind;
  const previewColumns = a.preview[0]
    ? Object.keys(a.preview[0].values)
        .filter((k) => !["aliases", "addressRows", "contentHash", "entryKey", "rowNumber"].includes(k))
        .slice(0, 8)
    : [];
  return (
    <div>
      <h2>{a.fileName}</h2>
      <p className="small muted">
        {(a.size / 1024).toFixed(1)} KB · {a.encoding}
        {a.detection
          ? ` · detected ${kindLabels[a.detection.kind]} / ${a.detection.format} (${Math.round(a.detection.confidence * 100)}% confident: ${a.detection.reason})`
          : " · not recognised"}
      </p>
      <div className="toolbar">
        <label>
          Import as
          <select aria-label="Kind" value={a.kind ?? ""} onChange={(e) => onChange({ kind: e.target.value })}>
            <option value="" disabled>
              choose…
            </option>
            {Object.keys(a.formats).map((k) => (
              <option key={k} value={k}>
                {kindLabels[k]}
              </option>
            ))}
          </select>
        </label>
        {a.kind ? (
          <label>
            Format
            <select
              aria-label="Format"
              value={a.format ?? ""}
              onChange={(e) => onChange({ kind: a.kind!, format: e.target.value })}
            >
              {(a.formats[a.kind] ?? []).map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {a.kind === "list" || a.kind === "bom" ? (
          <label>
            {a.kind === "list" ? "Version label" : "BOM name"}
            <input
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              placeholder={a.fileName.replace(/\.[^.]+$/, "")}
            />
          </label>
        ) : null}
      </div>
      {a.notes.map((n) => (
        <p key={n} className="small" role="note">
          ℹ {n}
        </p>
      ))}
      {a.fileProblems.length ? (
        <div className="alert" role="alert">
          <strong>This file cannot be imported as it is:</strong>
          <ul>
            {a.fileProblems.map((p, i) => (
              <li key={i}>
                {p.row ? `Row ${p.row}: ` : ""}
                {p.column ? `column ${p.column}: ` : ""}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {a.fields.length ? (
        <details open={a.mappingSource !== "saved"}>
          <summary>
            Column mapping (
            {a.mappingSource === "saved"
              ? "remembered from the last file with this header"
              : a.mappingSource === "given"
                ? "as you set it"
                : "suggested from the header names"}
            )
          </summary>
          <SimpleTable label="Column mapping" columns={["Field", "Column in the file"]}>
            {a.fields.map((f) => (
              <tr key={f.field}>
                <td>
                  {f.label}
                  {f.required ? " *" : ""}
                </td>
                <td>
                  <select
                    aria-label={`Column for ${f.label}`}
                    value={mapping[f.field] ?? ""}
                    onChange={(e) => {
                      const next = { ...mapping };
                      if (e.target.value === "") delete next[f.field];
                      else next[f.field] = Number(e.target.value);
                      setMapping(next);
                      onChange({ kind: a.kind!, format: a.format!, mapping: next });
                    }}
                  >
                    <option value="">(not in this file)</option>
                    {a.header.map((h, i) => (
                      <option key={i} value={i}>
                        {h || `(column ${i + 1}, no header)`}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </SimpleTable>
        </details>
      ) : null}
      <h3>Preview: the first rows as they will be stored</h3>
      {a.preview.length ? (
        <ScrollBox label="Preview (scrolls)" className="table-wrap">
          <table className="data" aria-label="Preview">
            <thead>
              <tr>
                <th>Row</th>
                {previewColumns.map((c) => (
                  <th key={c}>{humanField(c)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {a.preview.map((p) => (
                <tr key={p.row}>
                  <td>{p.row}</td>
                  {previewColumns.map((c) => (
                    <td key={c}>{format(p.values[c])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p className="muted">No rows to preview.</p>
      )}
      {a.previewProblems.length ? (
        <div className="alert" role="alert" aria-label="Problems in the first rows">
          <strong>Problems in the first rows</strong>
          <ul>
            {a.previewProblems.slice(0, 20).map((p, i) => (
              <li key={i}>
                Row {p.row}, column {p.column}: “{p.value}” (expected {p.expected})
                <span className="small muted">
                  {" "}
                  · {a.fileName}
                  {p.content ? `, the row reads: ${p.content}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {a.previewSkipped.length ? (
        <details open>
          <summary>Rows skipped because they are not parts ({a.previewSkipped.length} in the first rows)</summary>
          <SkippedRowsTable rows={a.previewSkipped} />
        </details>
      ) : null}
      <div className="toolbar">
        <button
          className="button"
          type="button"
          disabled={blocked}
          aria-describedby={blocked ? "import-blocked-reason" : undefined}
          onClick={() => onImport(label)}
        >
          Import
        </button>
        {blocked ? (
          <span id="import-blocked-reason" className="small error-text">
            Import is disabled:{" "}
            {a.kind ? (a.fileProblems[0]?.message ?? "the file has a problem") : "choose what to import the file as"}.
          </span>
        ) : null}
        <button className="button secondary" type="button" onClick={onCancel}>
          Choose another file
        </button>
      </div>
    </div>
  );
}

function format(v: unknown): string {
  if (v == null) return "";
  if (Array.isArray(v)) return v.join(" ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}
