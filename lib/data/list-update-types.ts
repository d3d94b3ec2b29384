// The shapes of a list update (lib/operations/update-lists.ts), for its callers and the pages that show it.
import type { UpdateStatus } from "../lists/update-policy";
import type { ImportCounts } from "./import-jobs";

export type UpdateTrigger = "cli" | "schedule" | "admin" | "first-start";

export type ListUpdateResult = {
  status: UpdateStatus;
  version: { type: string; id: string; label?: string } | null;
  counts: ImportCounts;
  source: {
    url: string;
    etag: string | null;
    lastModified: string | null;
    sha256: string | null;
    bytes: number | null;
  };
  message: string;
  quarantineReasons: string[];
  updateId: string | null;
};

export type UpdateProgress = {
  phase: "connecting" | "downloading" | "importing" | "done";
  bytesRead: number;
  bytesTotal: number | null;
  rows?: number;
  note?: string;
};
