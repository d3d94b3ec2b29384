// Driver-adapter factories for Prisma's wasm schema engine (the native engine cannot be downloaded here).
// The PostgreSQL factory carries the workarounds recorded in shared/notes/toolchain.md §4.
import pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DatabaseConfig } from "../env";

let charTypePatched = false;
/**
 * The schema describer reads pg_catalog columns of the one-byte type "char" (OID 18), which adapter-pg
 * cannot deserialise; report them as text (OID 25). Only the migration process installs this.
 */
function patchPgCharType(): void {
  if (charTypePatched) return;
  charTypePatched = true;
  type AddFields = (fields: { dataTypeID: number }[]) => void;
  const proto = pg.Result.prototype as unknown as { addFields: AddFields };
  const original = proto.addFields;
  proto.addFields = function (this: unknown, fields) {
    for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return original.call(this, fields);
  };
}

/**
 * adapter-pg's executeScript splits scripts on ";", which breaks function bodies (the audit trigger). A
 * migration script has no parameters, so it can go to the server whole as one simple query.
 */
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const driver = (adapter as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
  adapter.executeScript = async (script: string) => {
    await driver.query(script);
  };
  return adapter;
}

type PgFields = { host: string; port: number; user: string; password: string; database: string };

function pgFactory(cfg: PgFields, schema: string | undefined): SqlMigrationAwareDriverAdapterFactory {
  patchPgCharType();
  // Pass fields, never a connectionString: the shadow pool spreads the config and sets `database`, which a
  // connectionString would silently override (the "shadow" database would be the main one).
  const base = new PrismaPg({ ...cfg }, schema ? { schema } : undefined);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => runScriptsWhole(await base.connect()),
    // adapter-pg drops the shadow database before closing its pool, which fails and leaks the database:
    // close the pool first, then drop it from a separate connection.
    connectToShadowDb: async () => {
      const name = `chokepoint_shadow_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
      const admin = new pg.Client({ ...cfg });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = runScriptsWhole(await new PrismaPg({ ...cfg, database: name }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        const dropper = new pg.Client({ ...cfg });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}"`);
        await dropper.end();
      };
      return shadow;
    },
  };
}

/**
 * `diff` replays whole migration scripts through executeRaw, which better-sqlite3 refuses ("more than one
 * statement"); a parameterless statement can run as a script instead.
 */
function sqliteScriptsAsRaw(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0 && /;\s*\S/.test(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

function sqliteFactory(file: string): SqlMigrationAwareDriverAdapterFactory {
  // unixepoch-ms: _prisma_migrations rows stored exactly as the native `prisma migrate deploy` writes them.
  const base = new PrismaBetterSqlite3({ url: file }, { timestampFormat: "unixepoch-ms" });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => sqliteScriptsAsRaw(await base.connect()),
    connectToShadowDb: async () => sqliteScriptsAsRaw(await base.connectToShadowDb()),
  };
}

export function migrationAdapterFactory(config: DatabaseConfig): SqlMigrationAwareDriverAdapterFactory {
  if (config.provider === "sqlite") return sqliteFactory(config.file);
  const { host, port, user, password, database } = config;
  return pgFactory({ host, port, user, password, database }, config.schema);
}
