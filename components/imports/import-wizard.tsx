"use client";
// Upload -> check (kind, format, mapping, preview) -> import with progress -> result.
import { countOf } from "@/lib/words";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { AnalysisView } from "@/lib/imports/analysis-view";
import { toSafeCsv } from "@/lib/csv/safe-csv";
import { PROBLEMS_CSV_HEADER, problemsCsvRows } from "@/lib/imports/problems";
import { postJson, uploadFile } from "./upload";
import { ProgressBar } from "./progress-bar";
import { AnalysisPanel } from "./analysis-panel";
import { ResultPanel } from "./result-panel";
import { type ImportResult } from "@/lib/data/import-types";
import { FormAlert } from "@/components/ui/action-message";

type Progress = {
  progress: { phase: string; bytesRead: number; bytesTotal: number; rows: number };
  jobId: string | null;
  result: ImportResult | null;
  error: string | null;
};
type Stage =
  | { name: "pick" }
  | { name: "uploading"; fraction: number; abort: () => void; fileName: string }
  | { name: "check"; analysis: AnalysisView }
  | { name: "importing"; analysis: AnalysisView; progress: Progress["progress"] | null }
  | { name: "done"; analysis: AnalysisView; result: ImportResult };

export function downloadProblems(result: ImportResult): void {
  const blob = new Blob(
    [toSafeCsv(PROBLEMS_CSV_HEADER, problemsCsvRows(result.file, result.errors, result.errorTotal))],
    { type: "text/csv" },
  );
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `${result.file.replace(/\.[^.]+$/, "")}-problems.csv`;
  a.click();
  URL.revokeObjectURL(a.href);
}

export function ImportWizard() {
  const router = useRouter();
  const [stage, setStage] = useState<Stage>({ name: "pick" });
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const analyseRequest = useRef(0);

  function start(file: File) {
    setError(null);
    const { promise, abort } = uploadFile(file, (fraction) =>
      setStage((s) => (s.name === "uploading" ? { ...s, fraction } : s)),
    );
    setStage({ name: "uploading", fraction: 0, abort, fileName: file.name });
    promise
      .then((analysis) => setStage({ name: "check", analysis }))
      .catch((e: Error) => {
        setStage({ name: "pick" });
        if (e.name !== "AbortError") setError(e.message);
      });
  }

  async function reanalyse(
    analysis: AnalysisView,
    overrides: { kind?: string; format?: string; mapping?: Record<string, number> },
  ) {
    setError(null);
    const request = ++analyseRequest.current;
    try {
      const next = await postJson<AnalysisView>(`/api/v1/imports/uploads/${analysis.uploadId}/analyse`, overrides);
      // answers can arrive out of order: only the newest request's answer is shown
      if (request === analyseRequest.current) setStage({ name: "check", analysis: next });
    } catch (e) {
      if (request === analyseRequest.current) setError((e as Error).message);
    }
  }

  async function commit(analysis: AnalysisView, label: string) {
    setError(null);
    try {
      await postJson(`/api/v1/imports/uploads/${analysis.uploadId}/commit`, {
        kind: analysis.kind,
        format: analysis.format,
        mapping: analysis.mappingSource === "header-names" ? undefined : analysis.mapping,
        label: label || undefined,
      });
      setStage({ name: "importing", analysis, progress: null });
    } catch (e) {
      setError((e as Error).message);
    }
  }

  // a file chosen before the page hydrated (a slow connection, a quick hand) is in the input but its change event
  // fired before React listened: pick it up now instead of losing it
  useEffect(() => {
    const input = inputRef.current;
    const early = input?.files?.[0];
    if (!input || !early) return;
    input.value = "";
    start(early);
  }, []);

  // poll the running import
  useEffect(() => {
    if (stage.name !== "importing") return;
    const id = stage.analysis.uploadId;
    // a poll that meets a network error (a restarting server) is tried again on the next tick
    const poll = async () => {
      const res = await fetch(`/api/v1/imports/uploads/${id}/progress`).catch(() => null);
      if (!res?.ok) return;
      const p = (await res.json()) as Progress;
      if (p.result) {
        clearInterval(timer);
        setStage({ name: "done", analysis: stage.analysis, result: p.result });
        router.refresh();
      } else if (p.error) {
        clearInterval(timer);
        setError(p.error);
        setStage({ name: "pick" });
        router.refresh();
      } else setStage((s) => (s.name === "importing" ? { ...s, progress: p.progress } : s));
    };
    const timer = setInterval(() => void poll(), 400);
    return () => clearInterval(timer);
  }, [stage.name, stage.name === "importing" ? stage.analysis : null, router]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <section className="panel" aria-label="Import a file">
      <FormAlert message={error} />
      {stage.name === "pick" ? (
        <div
          className={`dropzone${dragging ? " over" : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const f = e.dataTransfer.files[0];
            if (f) start(f);
          }}
        >
          <p>
            <strong>Drop a CSV or JSON file here</strong>, or
          </p>
          <label className="button">
            Choose a file
            <input
              ref={inputRef}
              type="file"
              accept=".csv,.tsv,.txt,.json,text/csv,application/json"
              className="visually-hidden"
              aria-label="File to import"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) start(f);
                e.target.value = "";
              }}
            />
          </label>
          <p className="small muted">
            Restricted-party lists (CSL CSV or JSON, or your own list), BOMs (KiCad, Altium, JLCPCB, generic, Chokepoint
            template), parties, financials, part classifications (manufacturer or supplier ECCN declarations), ownership
            (owner, owned, percent; or FollowTheMoney Ownership records as JSON lines), known aliases of listed entries
            (listed entry, alias, script, source).
          </p>
        </div>
      ) : null}
      {stage.name === "uploading" ? (
        <div>
          <p>Uploading {stage.fileName}…</p>
          <ProgressBar label="Upload" fraction={stage.fraction} />
          <button className="button secondary" type="button" onClick={stage.abort}>
            Cancel
          </button>
        </div>
      ) : null}
      {stage.name === "check" ? (
        <AnalysisPanel
          analysis={stage.analysis}
          onChange={(o) => reanalyse(stage.analysis, o)}
          onImport={(label) => commit(stage.analysis, label)}
          onCancel={() => setStage({ name: "pick" })}
        />
      ) : null}
      {stage.name === "importing" ? (
        <div>
          <p>Importing {stage.analysis.fileName}…</p>
          <ProgressBar
            label="Import"
            fraction={stage.progress ? stage.progress.bytesRead / Math.max(stage.progress.bytesTotal, 1) : 0}
            detail={stage.progress ? `${stage.progress.phase}, ${countOf(stage.progress.rows, "row")}` : "starting"}
          />
          <button
            className="button secondary"
            type="button"
            onClick={() => postJson(`/api/v1/imports/uploads/${stage.analysis.uploadId}/cancel`, {}).catch(() => {})}
          >
            Cancel import
          </button>
        </div>
      ) : null}
      {stage.name === "done" ? (
        <ResultPanel
          result={stage.result}
          onDownload={() => downloadProblems(stage.result)}
          onAnother={() => setStage({ name: "pick" })}
        />
      ) : null}
    </section>
  );
}
