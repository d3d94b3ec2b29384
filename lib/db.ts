// The one Prisma client, with its driver adapter chosen from DATABASE_URL: SQLite through better-sqlite3 by
// default (embedded, zero set-up), PostgreSQL through node-postgres for scale-out.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../generated/prisma/sqlite/client";
import { PrismaClient as PgClient } from "../generated/prisma/postgresql/client";
import { configuredDatabase, type DatabaseConfig } from "./env";
import { serialisedSqlite } from "./sqlite-serialised";

/**
 * Both generated clients expose the same models (the PostgreSQL schema is derived from the SQLite one), so
 * the SQLite client's type serves as the common type. Provider-only query features (e.g. `mode: "insensitive"`)
 * are therefore unavailable, which is what keeps the data layer portable.
 */
export type Db = SqliteClient;
export type { DatabaseConfig };

// better-sqlite3 busy-waits for a locked database on the calling thread, which here is the server's only
// one: none of that; waits for the write lock are asynchronous (lib/sqlite-serialised.ts). Even 20 ms per
// try blocked the main thread often enough, while a write waited, to slow a 200 MB import by half.
const SYNC_BUSY_WAIT_MS = 0;

export function createClient(config: DatabaseConfig): Db {
  if (config.provider === "sqlite") {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    return new SqliteClient({
      adapter: serialisedSqlite(new PrismaBetterSqlite3({ url: config.file, timeout: SYNC_BUSY_WAIT_MS })),
    });
  }
  const adapter = new PrismaPg(
    {
      host: config.host,
      port: config.port,
      user: config.user,
      password: config.password,
      database: config.database,
      max: 10,
      connectionTimeoutMillis: 5_000,
    },
    config.schema ? { schema: config.schema } : undefined,
  );
  return new PgClient({ adapter }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { chokepointDb?: Db; chokepointDbConfig?: DatabaseConfig };

export function dbConfig(): DatabaseConfig {
  globalForDb.chokepointDbConfig ??= configuredDatabase();
  return globalForDb.chokepointDbConfig;
}

/** The shared client, created on first use (so importing this module never opens a connection). */
export function db(): Db {
  globalForDb.chokepointDb ??= createClient(dbConfig());
  return globalForDb.chokepointDb;
}

export async function disconnectDb(): Promise<void> {
  const client = globalForDb.chokepointDb;
  globalForDb.chokepointDb = undefined;
  globalForDb.chokepointDbConfig = undefined;
  await client?.$disconnect();
}
