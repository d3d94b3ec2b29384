// The shapes of an import request and its outcome, shared by every kind's import path and their callers.
import type { Overrides, SkippedRow } from "../imports/analyse";
import type { ImportFormat, ImportKind } from "../imports/kinds";
import type { ImportProblem } from "../imports/problems";
import type { diffSummary } from "../lists/diff";
import type { BulkWriter } from "./writes/bulk";
import type { ImportCounts, ImportStatus } from "./import-jobs";

export type ImportProgress = {
  phase: "hashing" | "parsing" | "writing" | "done";
  bytesRead: number;
  bytesTotal: number;
  rows: number;
};
export type ImportRequest = Overrides & {
  file: string;
  fileName: string;
  actor: { id: string | null; email: string | null };
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  onJob?: (jobId: string) => void;
  /** known already (the upload route hashes while it receives) */
  sha256?: string;
  label?: string;
  /** the publisher's date for the file, where the caller knows it (a download's Last-Modified) */
  publishedOn?: string | null;
};
/** For kinds whose rows have an identity (parties, ownership): what the import did to the stored rows. */
export type ImportChanges = { created: number; updated: number; unchanged: number };
export type ImportResult = {
  status: ImportStatus;
  jobId: string | null;
  kind: ImportKind | null;
  format: ImportFormat | null;
  file: string;
  version: { type: string; id: string; label?: string } | null;
  counts: ImportCounts;
  errors: ImportProblem[];
  errorTotal: number;
  quarantineReasons?: string[];
  diff?: ReturnType<typeof diffSummary>;
  changes?: ImportChanges;
  notes: string[];
  /** rows that are not lines of this kind (a BOM's fiducials, logos, not-fitted places): why, and their content */
  skippedRows?: SkippedRow[];
  message: string;
  durationMs: number;
};

/** What every kind's import path knows about the job it runs in. */
export type ImportBase = { jobId: string; kind: ImportKind; format: ImportFormat; notes: string[] };

/**
 * Runs inside an import's transaction once its rows are written, as the last step before it commits: the
 * caller records the job's outcome and its audit entry there, so they land with the rows or not at all.
 */
export type LandedHook = (w: BulkWriter, outcome: ImportResult) => Promise<void>;
