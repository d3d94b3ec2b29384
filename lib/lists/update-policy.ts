// The rules of fetching the list from its publisher, kept pure so each boundary is tested: which failures
// are worth another attempt and how long to wait, which request headers make a download conditional, how an
// import's outcome reads as an update's, when a list is too old to trust and when the schedule is due.

export const updateStatuses = ["imported", "unchanged", "quarantined", "rejected", "failed"] as const;
export type UpdateStatus = (typeof updateStatuses)[number];

/** Why a download did not produce a file to import. */
export type DownloadFailure =
  | { kind: "network"; cause: string }
  | { kind: "timeout"; seconds: number }
  | { kind: "http"; status: number; statusText: string }
  | { kind: "too-large"; bytes: number; limit: number; declared: boolean }
  | { kind: "truncated"; bytes: number; expected: number }
  | { kind: "not-a-list"; reason: string };

/**
 * Network errors, timeouts, a cut-off body and 5xx answers may pass on another attempt; a 4xx (the URL is
 * wrong, or access is refused), a file over the size limit or an HTML page will not.
 */
export function isRetriable(f: DownloadFailure): boolean {
  if (f.kind === "network" || f.kind === "timeout" || f.kind === "truncated") return true;
  if (f.kind === "http") return f.status >= 500;
  return false;
}

/** Exponential back-off before attempt `attempt` (2 = the first retry): 1 s, 2 s, 4 s … capped. */
export function retryDelayMs(attempt: number, baseMs = 1000, maxMs = 30_000): number {
  if (attempt <= 1) return 0;
  return Math.min(maxMs, baseMs * 2 ** (attempt - 2));
}

/** A file the publisher did not serve as the list: refused, and the version in force keeps serving. */
export function isRejection(f: DownloadFailure): boolean {
  return f.kind === "too-large" || f.kind === "truncated" || f.kind === "not-a-list";
}

export function describeFailure(f: DownloadFailure): string {
  const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
  switch (f.kind) {
    case "network":
      return f.cause;
    case "timeout":
      return `no data for ${f.seconds} s (timed out)`;
    case "http":
      return `HTTP ${f.status}${f.statusText ? ` ${f.statusText}` : ""}`;
    case "too-large":
      return `the file ${f.declared ? "is declared as" : "grew past"} ${mb(f.bytes)}, over the ${mb(f.limit)} limit (CHOKEPOINT_CSL_MAX_MB)`;
    case "truncated":
      return `the body ended after ${f.bytes} of ${f.expected} bytes (truncated)`;
    case "not-a-list":
      return f.reason;
  }
}

export type Validators = { etag: string | null; lastModified: string | null };

/** The headers that let the publisher answer 304 Not Modified when the file has not changed since the last download. */
export function conditionalHeaders(previous: Validators | null): Record<string, string> {
  const h: Record<string, string> = {};
  if (previous?.etag) h["if-none-match"] = previous.etag;
  if (previous?.lastModified) h["if-modified-since"] = previous.lastModified;
  return h;
}

/** An HTTP date (Last-Modified) as ISO 8601, or null when absent or unreadable. */
export function publisherDate(lastModified: string | null): string | null {
  if (!lastModified) return null;
  const t = Date.parse(lastModified);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/**
 * What the first bytes say about the body: a publisher's error page or a captive portal answers HTML with
 * status 200, which must not reach the import as if it were the list.
 */
export function sniffBody(head: string, contentType: string | null, format: "json" | "csv"): string | null {
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (/^<(!doctype|html|head|body|\?xml)/i.test(start) || /text\/html/i.test(contentType ?? ""))
    return `the publisher answered with an HTML page${contentType ? ` (${contentType.split(";")[0]})` : ""}, not the list`;
  if (start === "") return "the publisher answered with an empty body";
  if (format === "json" && !/^[[{]/.test(start))
    return `expected the list as JSON, but the body starts with "${start.slice(0, 20)}"`;
  return null;
}

/** An import's outcome as an update's: a cancelled or failed import is a failed update. */
export function updateStatusOf(importStatus: string): UpdateStatus {
  return (updateStatuses as readonly string[]).includes(importStatus) ? (importStatus as UpdateStatus) : "failed";
}

/**
 * When the list in force was last known to be current: the last time the publisher confirmed it (a download
 * that imported it or found it unchanged), else the date it says it was published, else when it was loaded.
 */
export function listAsOf(v: { lastConfirmedAt: Date | null; publishedOn: string | null; createdAt: Date }): Date {
  if (v.lastConfirmedAt) return v.lastConfirmedAt;
  if (v.publishedOn && /^\d{4}-\d{2}-\d{2}/.test(v.publishedOn)) {
    const t = Date.parse(v.publishedOn.length === 10 ? `${v.publishedOn}T00:00:00Z` : v.publishedOn);
    if (Number.isFinite(t)) return new Date(t);
  }
  return v.createdAt;
}

export type Staleness = { stale: boolean; ageDays: number; asOf: string; maxAgeDays: number };

/** Whether a list known current at `asOf` is too old at `now` (older than maxAgeDays, strictly). */
export function staleness(asOf: Date, now: Date, maxAgeDays: number): Staleness {
  const ageDays = Math.max(0, Math.floor((now.getTime() - asOf.getTime()) / 86_400_000));
  return {
    stale: now.getTime() - asOf.getTime() > maxAgeDays * 86_400_000,
    ageDays,
    asOf: asOf.toISOString(),
    maxAgeDays,
  };
}

export function stalenessMessage(s: Staleness): string {
  return `The list in force was last confirmed current on ${s.asOf.slice(0, 10)}, ${s.ageDays} day(s) ago (more than ${s.maxAgeDays}): update it before relying on this result.`;
}

/**
 * Whether a scheduled update is due: never with the schedule off, at once if none ran, else every `everyHours`;
 * an attempt that failed (publisher unreachable) is tried again after an hour rather than a whole period.
 */
export function isUpdateDue(last: { startedAt: Date; status: string } | null, now: Date, everyHours: number): boolean {
  if (everyHours <= 0) return false;
  if (!last) return true;
  const hours = last.status === "failed" ? Math.min(1, everyHours) : everyHours;
  return now.getTime() - last.startedAt.getTime() >= hours * 3_600_000;
}
