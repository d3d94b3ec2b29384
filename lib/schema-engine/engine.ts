// Prisma Migrate over the wasm schema engine: the same engine code as `prisma migrate deploy/dev`, driven
// through a driver adapter. Migrations keep Prisma Migrate's layout (prisma[/postgresql]/migrations/<name>/
// migration.sql), so `prisma migrate deploy` works unchanged wherever the native binary exists.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DatabaseConfig } from "../env";
import { AppError } from "../errors";
import { migrationAdapterFactory } from "./adapters";

export type Provider = DatabaseConfig["provider"];

export function schemaPaths(root: string, provider: Provider) {
  const dir = provider === "sqlite" ? path.join(root, "prisma") : path.join(root, "prisma/postgresql");
  return { schema: path.join(dir, "schema.prisma"), migrations: path.join(dir, "migrations") };
}

let wasmReady = false;
/** Instantiates the wasm by hand, so Node 20 needs no --experimental-wasm-modules. */
function loadWasm(): void {
  if (wasmReady) return;
  const require = createRequire(import.meta.url);
  const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = new WebAssembly.Module(fs.readFileSync(path.join(path.dirname(glue), "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": wasmGlue as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as unknown as { __wbindgen_start(): void };
  (wasmGlue as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  wasmReady = true;
}

export function migrationsList(dir: string) {
  const lock = path.join(dir, "migration_lock.toml");
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    shadowDbInitScript: "",
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null },
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

const filters = { externalTables: [], externalEnums: [] };

type EngineError = { code?: string; message?: string };

/** Engine errors carry a Prisma code (P3009 …) and a readable message; keep those, drop the wasm stack. */
export function describeEngineError(e: unknown): string {
  const err = e as EngineError;
  const msg = (err?.message ?? String(e))
    .split("\n")
    .filter((l) => !/^\s+at /.test(l))
    .join("\n")
    .trim();
  return err?.code ? `${err.code}: ${msg}` : msg;
}

async function withEngine<T>(
  root: string,
  config: DatabaseConfig,
  fn: (engine: SchemaEngine, paths: ReturnType<typeof schemaPaths>) => Promise<T>,
): Promise<T> {
  loadWasm();
  const paths = schemaPaths(root, config.provider);
  if (config.provider === "sqlite") fs.mkdirSync(path.dirname(config.file), { recursive: true });
  const schema = fs.readFileSync(paths.schema, "utf8");
  // Track every connection the engine opens: engine.free() does not close them, and an open SQLite
  // connection keeps its lock (and the wasm engine's lock timer keeps the process alive).
  const opened: { dispose(): Promise<void> }[] = [];
  const inner = migrationAdapterFactory(config);
  const tracked = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const a = await inner.connect();
      opened.push(a);
      return a;
    },
    connectToShadowDb: async () => {
      const a = await inner.connectToShadowDb();
      opened.push(a);
      return a;
    },
  };
  const factory = bindMigrationAwareSqlAdapterFactory(tracked);
  let engine: SchemaEngine;
  try {
    engine = await wasmGlue.SchemaEngine.new({ datamodels: [[paths.schema, schema]] }, () => {}, factory);
  } catch (e) {
    throw new AppError("DB_UNREACHABLE", `cannot open the database for migration: ${describeEngineError(e)}`, {
      cause: e,
    });
  }
  try {
    return await fn(engine, paths);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError("DB_NOT_MIGRATED", describeEngineError(e), { cause: e });
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((a) => a.dispose()));
  }
}

/** = prisma migrate deploy */
export async function deployMigrations(root: string, config: DatabaseConfig): Promise<string[]> {
  return withEngine(root, config, async (engine, paths) => {
    const out = await engine.applyMigrations({ migrationsList: migrationsList(paths.migrations), filters });
    return out.appliedMigrationNames;
  });
}

export type MigrationStatus = { applied: boolean; pending: string[]; failed: string[]; edited: string[] };

/** Which migrations on disk the database has not applied (or failed, or were edited after applying). */
export async function migrationStatus(root: string, config: DatabaseConfig): Promise<MigrationStatus> {
  return withEngine(root, config, async (engine, paths) => {
    const all = () => migrationsList(paths.migrations).migrationDirectories.map((d) => d.path);
    // A database never migrated has no _prisma_migrations table, and the engine answers P1014 instead of
    // "nothing applied": every migration is pending.
    const out = await engine
      .diagnoseMigrationHistory({
        migrationsList: migrationsList(paths.migrations),
        optInToShadowDatabase: false,
        filters,
      })
      .catch((e: unknown) => {
        if ((e as { code?: unknown } | null)?.code === "P1014") return null;
        throw e;
      });
    if (!out) return { applied: false, pending: all(), failed: [], edited: [] };
    const history = out.history as { diagnostic?: string; unappliedMigrationNames?: string[] } | null;
    const pending = history?.unappliedMigrationNames ?? [];
    return {
      applied: out.hasMigrationsTable && pending.length === 0 && out.failedMigrationNames.length === 0,
      pending: out.hasMigrationsTable ? pending : all(),
      failed: out.failedMigrationNames,
      edited: out.editedMigrationNames,
    };
  });
}

/** = prisma migrate dev --create-only, then deploy. Returns the new migration's name, or null if no change. */
export async function createMigration(root: string, config: DatabaseConfig, name: string): Promise<string | null> {
  return withEngine(root, config, async (engine, paths) => {
    const list = () => migrationsList(paths.migrations);
    // Order matters: applyMigrations creates _prisma_migrations, devDiagnostic replays history on a shadow DB.
    await engine.applyMigrations({ migrationsList: list(), filters });
    await engine.devDiagnostic({ migrationsList: list(), filters });
    const out = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList: list(),
      schema: { files: [{ path: paths.schema, content: fs.readFileSync(paths.schema, "utf8") }] },
      filters,
    });
    if (!out.generatedMigrationName || out.migrationScript == null) return null;
    const dir = path.join(paths.migrations, out.generatedMigrationName);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), out.migrationScript);
    fs.writeFileSync(
      path.join(paths.migrations, "migration_lock.toml"),
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
    );
    await engine.applyMigrations({ migrationsList: list(), filters });
    return out.generatedMigrationName;
  });
}

/** SQL that would take the migrations on disk to the schema; empty when they match (replays on a shadow DB). */
export async function driftScript(root: string, config: DatabaseConfig): Promise<string> {
  return withEngine(root, config, async (engine, paths) => {
    const out = await engine.diff({
      from: { tag: "migrations", ...migrationsList(paths.migrations) },
      to: { tag: "schemaDatamodel", files: [{ path: paths.schema, content: fs.readFileSync(paths.schema, "utf8") }] },
      script: true,
      exitCode: null,
      filters,
    });
    return (out.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  });
}
