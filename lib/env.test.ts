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
