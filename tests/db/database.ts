// Test databases: the suite runs against DATABASE_URL (a SQLite file or a PostgreSQL database that the
// runner created for it); scratchDatabase() makes an extra empty one for tests that need a blank slate.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { parseDatabaseUrl, type DatabaseConfig } from "@/lib/env";

export function suiteConfig(): DatabaseConfig {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("the db tests need DATABASE_URL (npm test sets it)");
  const config = parseDatabaseUrl(url);
  if (config.provider === "postgresql" && !["127.0.0.1", "localhost", "::1"].includes(config.host)) {
    throw new Error(`refusing to run destructive tests against a non-local database (${config.host})`);
  }
  return config;
}

export async function resetDatabase(config: DatabaseConfig): Promise<void> {
  if (config.provider === "sqlite") {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(config.file + suffix, { force: true });
    return;
  }
  const client = pgClient(config);
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
}

/** A new, empty database beside the suite's; `drop` removes it. */
export async function scratchDatabase(): Promise<{ config: DatabaseConfig; drop: () => Promise<void> }> {
  const base = suiteConfig();
  const name = `scratch_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  if (base.provider === "sqlite") {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chokepoint-")), `${name}.db`);
    return {
      config: { provider: "sqlite", url: `file:${file}`, file },
      drop: async () => fs.rmSync(path.dirname(file), { recursive: true, force: true }),
    };
  }
  const admin = () => pgClient(base);
  const c = admin();
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  const config: DatabaseConfig = { ...base, database: name, url: base.url.replace(/\/[^/?]+(\?|$)/, `/${name}$1`) };
  return {
    config,
    drop: async () => {
      const d = admin();
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await d.end();
    },
  };
}

/**
 * For a test file (or a describe block) that needs a database of its own: a migrated scratch database becomes
 * DATABASE_URL for its tests (so lib/db connects to it) and is dropped afterwards.
 */
export function useScratchDatabase(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
}): void {
  let drop: () => Promise<void> = async () => {};
  let savedUrl: string | undefined;
  hooks.beforeAll(async () => {
    // read when it runs, not when the file is collected: a describe may nest a scratch database in the file's
    savedUrl = process.env.DATABASE_URL;
    const { deployMigrations } = await import("@/lib/schema-engine/engine");
    const { disconnectDb } = await import("@/lib/db");
    const scratch = await scratchDatabase();
    drop = scratch.drop;
    await deployMigrations(process.cwd(), scratch.config);
    await disconnectDb();
    process.env.DATABASE_URL = scratch.config.url;
  });
  hooks.afterAll(async () => {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    process.env.DATABASE_URL = savedUrl;
    await drop();
  });
}

type SuiteHooks = {
  beforeAll: (fn: () => Promise<void>, timeout?: number) => void;
  afterAll: (fn: () => Promise<void>) => void;
};

/**
 * For a test file that drives the CLI against a database of its own, never migrated (the CLI does that): the
 * scratch database is made before the file's tests and dropped after them, with the file's temporary folder.
 * Returns a getter: the database exists only once the tests run.
 */
export function useBlankDatabase(hooks: SuiteHooks, tempDir: string): () => DatabaseConfig {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>> | null = null;
  hooks.beforeAll(async () => {
    scratch = await scratchDatabase();
  }, 60_000);
  hooks.afterAll(async () => {
    await scratch?.drop();
    fs.rmSync(tempDir, { recursive: true, force: true });
  });
  return () => {
    if (!scratch) throw new Error("the blank database is made in beforeAll: use it inside a test or hook");
    return scratch.config;
  };
}

/** A client (not yet connected) for a PostgreSQL test database. */
export function pgClient(config: Extract<DatabaseConfig, { provider: "postgresql" }>): pg.Client {
  return new pg.Client({
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
    database: config.database,
  });
}
