import "server-only";
import { type ImportProgress, type ImportResult } from "../operations/run-import";
// Imports started from the browser run in the server process; their progress and a cancel switch live
// here, keyed by upload id, for the page to poll. (The database write lock is held by the import itself,
// so progress is kept in memory, not written to the job row.)

export type RunState = {
  progress: ImportProgress;
  jobId: string | null;
  result: ImportResult | null;
  error: string | null;
  controller: AbortController;
  startedAt: number;
  ownerId: string;
};

const g = globalThis as unknown as { chokepointRuns?: Map<string, RunState> };
const runs = (g.chokepointRuns ??= new Map<string, RunState>());

export function startRun(uploadId: string, bytesTotal: number, ownerId: string): RunState {
  const state: RunState = {
    progress: { phase: "parsing", bytesRead: 0, bytesTotal, rows: 0 },
    jobId: null,
    result: null,
    error: null,
    controller: new AbortController(),
    startedAt: Date.now(),
    ownerId,
  };
  runs.set(uploadId, state);
  return state;
}

/** The run of an upload, only for the user who uploaded it (anyone else is told there is none). */
export function uploadRun(uploadId: string, ownerId: string): RunState | undefined {
  const run = runs.get(uploadId);
  return run && run.ownerId === ownerId ? run : undefined;
}

/** Finished runs are forgotten after an hour. */
export function pruneRuns(): void {
  for (const [id, r] of runs) if ((r.result || r.error) && Date.now() - r.startedAt > 3600_000) runs.delete(id);
}
