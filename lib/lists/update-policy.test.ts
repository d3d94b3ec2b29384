import { describe, expect, it } from "vitest";
import {
  conditionalHeaders,
  describeFailure,
  isRejection,
  isRetriable,
  isUpdateDue,
  listAsOf,
  publisherDate,
  retryDelayMs,
  sniffBody,
  staleness,
  updateStatusOf,
} from "./update-policy";

describe("retry policy", () => {
  it("retries network errors, timeouts, cut-off bodies and 5xx, never a 4xx", () => {
    expect(isRetriable({ kind: "network", cause: "ECONNREFUSED" })).toBe(true);
    expect(isRetriable({ kind: "timeout", seconds: 60 })).toBe(true);
    expect(isRetriable({ kind: "truncated", bytes: 10, expected: 20 })).toBe(true);
    expect(isRetriable({ kind: "http", status: 500, statusText: "" })).toBe(true);
    expect(isRetriable({ kind: "http", status: 503, statusText: "" })).toBe(true);
    expect(isRetriable({ kind: "http", status: 404, statusText: "" })).toBe(false);
    expect(isRetriable({ kind: "http", status: 499, statusText: "" })).toBe(false);
    expect(isRetriable({ kind: "too-large", bytes: 10, limit: 5, declared: true })).toBe(false);
    expect(isRetriable({ kind: "not-a-list", reason: "HTML" })).toBe(false);
  });
  it("backs off exponentially from 1 s, capped at 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(n))).toEqual([
      0, 1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
    expect(retryDelayMs(3, 10, 15)).toBe(15);
  });
  it("a refused file is a rejection; an unreachable publisher is not", () => {
    expect(isRejection({ kind: "too-large", bytes: 10, limit: 5, declared: false })).toBe(true);
    expect(isRejection({ kind: "truncated", bytes: 10, expected: 20 })).toBe(true);
    expect(isRejection({ kind: "not-a-list", reason: "x" })).toBe(true);
    expect(isRejection({ kind: "http", status: 500, statusText: "" })).toBe(false);
    expect(isRejection({ kind: "network", cause: "x" })).toBe(false);
  });
  it("describes each failure in words", () => {
    expect(describeFailure({ kind: "http", status: 404, statusText: "Not Found" })).toBe("HTTP 404 Not Found");
    expect(describeFailure({ kind: "too-large", bytes: 3 * 1048576, limit: 1048576, declared: true })).toBe(
      "the file is declared as 3.0 MB, over the 1.0 MB limit (CHOKEPOINT_CSL_MAX_MB)",
    );
    expect(describeFailure({ kind: "truncated", bytes: 5, expected: 9 })).toBe(
      "the body ended after 5 of 9 bytes (truncated)",
    );
  });
});

describe("conditional requests", () => {
  it("sends the stored ETag and Last-Modified back", () => {
    expect(conditionalHeaders({ etag: '"abc"', lastModified: "Fri, 31 Jul 2026 13:15:00 GMT" })).toEqual({
      "if-none-match": '"abc"',
      "if-modified-since": "Fri, 31 Jul 2026 13:15:00 GMT",
    });
    expect(conditionalHeaders({ etag: null, lastModified: "x" })).toEqual({ "if-modified-since": "x" });
    expect(conditionalHeaders(null)).toEqual({});
  });
  it("reads the publisher's date from Last-Modified", () => {
    expect(publisherDate("Fri, 31 Jul 2026 13:15:00 GMT")).toBe("2026-07-31T13:15:00.000Z");
    expect(publisherDate("yesterday-ish")).toBeNull();
    expect(publisherDate(null)).toBeNull();
  });
});

describe("sniffing the body", () => {
  it("refuses an HTML page served as 200, by its type or its first bytes", () => {
    expect(sniffBody("<!DOCTYPE html><html>", "application/json", "json")).toBe(
      "the publisher answered with an HTML page (application/json), not the list",
    );
    expect(sniffBody('{"results":[]}', "text/html; charset=utf-8", "json")).toBe(
      "the publisher answered with an HTML page (text/html), not the list",
    );
    expect(sniffBody("  \n<html>", null, "csv")).toBe("the publisher answered with an HTML page, not the list");
  });
  it("accepts JSON that starts with an array or an object (after a byte-order mark) and CSV", () => {
    expect(sniffBody('\uFEFF[{"name":"x"}]', "application/json", "json")).toBeNull();
    expect(sniffBody('{"results":[]}', null, "json")).toBeNull();
    expect(sniffBody("_id,source,name", "text/csv", "csv")).toBeNull();
    expect(sniffBody("_id,source,name", "text/csv", "json")).toBe(
      'expected the list as JSON, but the body starts with "_id,source,name"',
    );
    expect(sniffBody("", null, "json")).toBe("the publisher answered with an empty body");
  });
});

describe("status mapping", () => {
  it("keeps the import's status, and a failed or cancelled import fails the update", () => {
    for (const s of ["imported", "unchanged", "quarantined", "rejected", "failed"]) expect(updateStatusOf(s)).toBe(s);
    expect(updateStatusOf("cancelled")).toBe("failed");
    expect(updateStatusOf("running")).toBe("failed");
  });
});

describe("staleness", () => {
  const now = new Date("2026-08-10T12:00:00Z");
  it("a list is as old as its last confirmation, else its publication date, else its loading", () => {
    const createdAt = new Date("2026-08-09T00:00:00Z");
    expect(
      listAsOf({
        lastConfirmedAt: new Date("2026-08-10T06:00:00Z"),
        publishedOn: "2023-11-01",
        createdAt,
      }).toISOString(),
    ).toBe("2026-08-10T06:00:00.000Z");
    expect(listAsOf({ lastConfirmedAt: null, publishedOn: "2023-11-01", createdAt }).toISOString()).toBe(
      "2023-11-01T00:00:00.000Z",
    );
    expect(listAsOf({ lastConfirmedAt: null, publishedOn: null, createdAt })).toBe(createdAt);
    expect(listAsOf({ lastConfirmedAt: null, publishedOn: "unknown", createdAt })).toBe(createdAt);
  });
  it("exactly the maximum age is not stale; a second more is", () => {
    expect(staleness(new Date("2026-08-03T12:00:00Z"), now, 7)).toEqual({
      stale: false,
      ageDays: 7,
      asOf: "2026-08-03T12:00:00.000Z",
      maxAgeDays: 7,
    });
    expect(staleness(new Date("2026-08-03T11:59:59Z"), now, 7).stale).toBe(true);
    expect(staleness(new Date("2023-11-01T00:00:00Z"), now, 7).ageDays).toBe(1013);
  });
});

describe("the schedule", () => {
  const now = new Date("2026-08-10T12:00:00Z");
  it("is off at 0 hours, due at once when nothing ran, then every N hours", () => {
    const at = (t: string, status = "imported") => ({ startedAt: new Date(t), status });
    expect(isUpdateDue(null, now, 0)).toBe(false);
    expect(isUpdateDue(null, now, 24)).toBe(true);
    expect(isUpdateDue(at("2026-08-09T12:00:01Z"), now, 24)).toBe(false);
    expect(isUpdateDue(at("2026-08-09T12:00:00Z", "unchanged"), now, 24)).toBe(true);
    expect(isUpdateDue(at("2026-08-10T11:00:00Z"), now, 0.5)).toBe(true);
  });
  it("tries again an hour after a failed attempt", () => {
    expect(isUpdateDue({ startedAt: new Date("2026-08-10T11:00:01Z"), status: "failed" }, now, 24)).toBe(false);
    expect(isUpdateDue({ startedAt: new Date("2026-08-10T11:00:00Z"), status: "failed" }, now, 24)).toBe(true);
    expect(isUpdateDue({ startedAt: new Date("2026-08-10T11:00:00Z"), status: "rejected" }, now, 24)).toBe(false);
  });
});
