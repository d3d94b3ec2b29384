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
