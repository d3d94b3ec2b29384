import { describe, expect, it } from "vitest";
import { parseDatabaseUrl, redactUrl } from "./env";

describe("parseDatabaseUrl", () => {
  it("defaults to the embedded SQLite file under .data", () => {
    const c = parseDatabaseUrl(undefined, "/srv/app");
    expect(c).toEqual({ provider: "sqlite", url: "file:./.data/chokepoint.db", file: "/srv/app/.data/chokepoint.db" });
  });
  it("resolves a relative file: URL against the working directory", () => {
    expect(parseDatabaseUrl("file:./x/y.db", "/a")).toMatchObject({ provider: "sqlite", file: "/a/x/y.db" });
  });
  it("reads host, port, user, password and database of a postgresql URL", () => {
    expect(parseDatabaseUrl("postgresql://u%40x:p%2Fw@127.0.0.1:54329/app?schema=s1")).toEqual({
      provider: "postgresql",
      url: "postgresql://u%40x:p%2Fw@127.0.0.1:54329/app?schema=s1",
      host: "127.0.0.1",
      port: 54329,
      user: "u@x",
      password: "p/w",
      database: "app",
      schema: "s1",
    });
  });
  it("refuses a postgresql URL without a database", () => {
    expect(() => parseDatabaseUrl("postgresql://u:p@localhost:5432/")).toThrow(/names no database/);
  });
  it("refuses an unknown scheme and hides the password in the message", () => {
    expect(() => parseDatabaseUrl("mysql://root:secret@db/app")).toThrow(
      'DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "mysql://root:***@db/app"',
    );
  });
  it("refuses an empty file: URL", () => {
    expect(() => parseDatabaseUrl("file:")).toThrow(/needs a path/);
  });
  it("redacts passwords", () => {
    expect(redactUrl("postgresql://a:b@h/d")).toBe("postgresql://a:***@h/d");
  });
});

describe("listUpdateConfig", () => {
  it("defaults to the publisher's JSON, daily, 7 days, 150 MB, 60 s, 3 retries", async () => {
    const { listUpdateConfig, DEFAULT_CSL_URL } = await import("./env");
    expect(listUpdateConfig({})).toEqual({
      url: DEFAULT_CSL_URL,
      everyHours: 24,
      maxAgeDays: 7,
      maxBytes: 150 * 1024 * 1024,
      idleTimeoutMs: 60_000,
      retries: 3,
    });
    expect(DEFAULT_CSL_URL).toBe(
      "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json",
    );
  });
  it("reads each setting, 0 hours turning the schedule off", async () => {
    const { listUpdateConfig } = await import("./env");
    expect(
      listUpdateConfig({
        CHOKEPOINT_CSL_URL: "http://127.0.0.1:8080/consolidated.csv",
        CHOKEPOINT_LIST_UPDATE_HOURS: "0",
        CHOKEPOINT_LIST_MAX_AGE_DAYS: "3",
        CHOKEPOINT_CSL_MAX_MB: "1",
        CHOKEPOINT_CSL_TIMEOUT_S: "5",
        CHOKEPOINT_CSL_RETRIES: "0",
      }),
    ).toEqual({
      url: "http://127.0.0.1:8080/consolidated.csv",
      everyHours: 0,
      maxAgeDays: 3,
      maxBytes: 1048576,
      idleTimeoutMs: 5000,
      retries: 0,
    });
  });
  it("refuses a bad value with one line naming the variable", async () => {
    const { listUpdateConfig } = await import("./env");
    expect(() => listUpdateConfig({ CHOKEPOINT_LIST_UPDATE_HOURS: "daily" })).toThrow(
      'CHOKEPOINT_LIST_UPDATE_HOURS: expected a number of at least 0, got "daily"',
    );
    expect(() => listUpdateConfig({ CHOKEPOINT_CSL_URL: "ftp://example.org/x.json" })).toThrow(
      'CHOKEPOINT_CSL_URL must be an http(s) URL, got "ftp://example.org/x.json"',
    );
    expect(() => listUpdateConfig({ CHOKEPOINT_CSL_URL: "not a url" })).toThrow(
      'CHOKEPOINT_CSL_URL is not a URL: "not a url"',
    );
    expect(() => listUpdateConfig({ CHOKEPOINT_CSL_MAX_MB: "-1" })).toThrow("CHOKEPOINT_CSL_MAX_MB");
  });
});

describe("security limits", () => {
  it("default to 5 sign-ins per address a minute, 10 per account in 15 minutes, 20,000 names a minute", async () => {
    const { signInLimits, apiNamesPerMinute } = await import("./env");
    expect(signInLimits({})).toEqual({
      perAddress: { max: 5, windowMs: 60_000 },
      perAccount: { max: 10, windowMs: 900_000 },
    });
    expect(apiNamesPerMinute({})).toBe(20_000);
    expect(signInLimits({ AUTH_SIGNIN_MAX_PER_ACCOUNT: "3" }).perAccount.max).toBe(3);
  });
  it("refuse a limit that is not a positive whole number, naming the variable", async () => {
    const { apiNamesPerMinute } = await import("./env");
    expect(() => apiNamesPerMinute({ CHOKEPOINT_API_NAMES_PER_MINUTE: "0" })).toThrow(
      'CHOKEPOINT_API_NAMES_PER_MINUTE must be a whole number above 0; got "0"',
    );
  });
});
