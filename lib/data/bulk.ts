import "server-only";
// Bulk writes go to the driver directly, in one transaction per file: Prisma's createMany manages about
// 2,600 rows/s here against 165,000+ for a prepared better-sqlite3 statement (shared/notes/performance.md).
// Prisma stays for everything else. Values are stored exactly as Prisma stores them, so Prisma reads them back.
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { dbConfig } from "../db";
import type { DatabaseConfig } from "../env";

export type Cell = string | number | bigint | boolean | Date | null | object;

export interface BulkWriter {
  readonly provider: DatabaseConfig["provider"];
  insert(table: string, columns: readonly string[], rows: readonly (readonly Cell[])[]): Promise<void>;
  /** A plain statement inside the same transaction, with `?` placeholders. */
  execute(sql: string, params?: readonly Cell[]): Promise<number>;
}

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

/** Prisma's SQLite encoding: ISO text with +00:00, booleans as 0/1, JSON as text. */
function sqliteValue(v: Cell): string | number | bigint | null {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  return JSON.stringify(v);
}

/** One value in COPY's text format: \N for NULL, backslash escapes for the separators. */
function copyText(v: Cell): string {
  if (v === null) return "\\N";
  let s: string;
  if (typeof v === "string") s = v;
  else if (typeof v === "number" || typeof v === "bigint") return String(v);
  else if (typeof v === "boolean") return v ? "t" : "f";
  else if (v instanceof Date) return v.toISOString();
  else s = JSON.stringify(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : s;
}

function pgValue(v: Cell): unknown {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "bigint") return v.toString();
  return JSON.stringify(v);
}

const SQLITE_ROWS_PER_INSERT = 64;
const SQLITE_MAX_PARAMS = 32_000;

async function sqliteBulk<T>(file: string, fn: (w: BulkWriter) => Promise<T>): Promise<T> {
  const conn = new Database(file, { timeout: 30_000 });
  try {
    conn.pragma("journal_mode = WAL");
    conn.pragma("foreign_keys = ON");
    const cache = new Map<string, Database.Statement>();
    const prepared = (sql: string) => {
      let stmt = cache.get(sql);
      if (!stmt) cache.set(sql, (stmt = conn.prepare(sql)));
      return stmt;
    };
    const writer: BulkWriter = {
      provider: "sqlite",
      async insert(table, columns, rows) {
        // Many rows per statement: one native call binds SQLITE_ROWS_PER_INSERT rows, which more than doubles
        // the rate of one INSERT per row (the per-call overhead dominates for narrow rows).
        const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES `;
        const tuple = `(${columns.map(() => "?").join(", ")})`;
        const perStatement = Math.max(1, Math.min(SQLITE_ROWS_PER_INSERT, Math.floor(SQLITE_MAX_PARAMS / columns.length)));
        const width = columns.length;
        let i = 0;
        if (rows.length >= perStatement) {
          const many = prepared(head + Array(perStatement).fill(tuple).join(", "));
          const params = new Array<string | number | bigint | null>(perStatement * width);
          for (; i + perStatement <= rows.length; i += perStatement) {
            let k = 0;
            for (let r = i; r < i + perStatement; r++) {
              const row = rows[r]!;
              for (let c = 0; c < width; c++) params[k++] = sqliteValue(row[c] ?? null);
            }
            many.run(params);
          }
        }
        if (i < rows.length) {
          const one = prepared(head + tuple);
          for (; i < rows.length; i++) one.run(rows[i]!.map(sqliteValue));
        }
      },
      async execute(sql, params = []) {
        return conn.prepare(sql).run(params.map(sqliteValue)).changes;
      },
    };
    conn.exec("BEGIN IMMEDIATE");
    try {
      const result = await fn(writer);
      conn.exec("COMMIT");
      return result;
    } catch (e) {
      conn.exec("ROLLBACK");
      throw e;
    }
  } finally {
    conn.close();
  }
}

// PostgreSQL caps a statement at 65,535 parameters.
const PG_MAX_PARAMS = 60_000;
// below this, one multi-row INSERT is cheaper than setting up a COPY
const PG_COPY_FROM_ROWS = 200;

async function pgBulk<T>(config: Extract<DatabaseConfig, { provider: "postgresql" }>, fn: (w: BulkWriter) => Promise<T>): Promise<T> {
  const client = new pg.Client({ host: config.host, port: config.port, user: config.user, password: config.password, database: config.database });
  await client.connect();
  try {
    if (config.schema) await client.query(`SET search_path TO ${quote(config.schema)}`);
    const writer: BulkWriter = {
      provider: "postgresql",
      async insert(table, columns, rows) {
        if (rows.length >= PG_COPY_FROM_ROWS) {
          // COPY: PostgreSQL's bulk path, several times the rate of multi-row INSERT
          const stream = client.query(copyFrom(`COPY ${quote(table)} (${columns.map(quote).join(", ")}) FROM STDIN`));
          const done = new Promise<void>((resolve, reject) => { stream.on("finish", () => resolve()); stream.on("error", reject); });
          let chunk = "";
          for (const row of rows) {
            chunk += row.map(copyText).join("\t") + "\n";
            if (chunk.length > 1 << 16) { if (!stream.write(chunk)) await new Promise<void>((r) => stream.once("drain", () => r())); chunk = ""; }
          }
          stream.end(chunk);
          await done;
          return;
        }
        const perStatement = Math.max(1, Math.floor(PG_MAX_PARAMS / columns.length));
        for (let start = 0; start < rows.length; start += perStatement) {
          const batch = rows.slice(start, start + perStatement);
          const params: unknown[] = [];
          const tuples = batch.map((row) => `(${row.map((v) => (params.push(pgValue(v)), `$${params.length}`)).join(", ")})`);
          await client.query(`INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES ${tuples.join(", ")}`, params);
        }
      },
      async execute(sql, params = []) {
        let i = 0;
        const res = await client.query(sql.replace(/\?/g, () => `$${++i}`), params.map(pgValue));
        return res.rowCount ?? 0;
      },
    };
    await client.query("BEGIN");
    try {
      const result = await fn(writer);
      await client.query("COMMIT");
      return result;
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    }
  } finally {
    await client.end();
  }
}

/**
 * SQLite in a worker thread: inserts are posted and run while the caller prepares the next batch. At most
 * two batches are in flight (backpressure); an insert's failure surfaces at the next call or at the end,
 * and fails the whole transaction.
 */
async function sqliteBulkInWorker<T>(file: string, fn: (w: BulkWriter) => Promise<T>): Promise<T> {
  // Looked up at run time: the bundler rewrites a statically imported `new Worker(…)` into a bundled module,
  // and this worker is a plain file started by its path.
  const { Worker } = process.getBuiltinModule("node:worker_threads") as typeof import("node:worker_threads");
  const worker = new Worker(path.join(process.env.CHOKEPOINT_ROOT ?? process.cwd(), "lib/data/sqlite-writer.worker.mjs"), { workerData: { file } });
  let nextId = 0;
  const waiting = new Map<number, { resolve: (v: { changes?: number }) => void; reject: (e: Error) => void }>();
  const inFlight: Promise<unknown>[] = [];
  let workerError: Error | null = null;
  worker.on("message", (m: { id: number; ok: boolean; error?: string; changes?: number }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.ok) w?.resolve(m);
    else w?.reject(new Error(m.error ?? "SQLite writer failed"));
  });
  worker.on("error", (e) => { workerError = e; for (const w of waiting.values()) w.reject(e); waiting.clear(); });
  const send = (msg: object) => {
    if (workerError) return Promise.reject(workerError);
    const id = nextId++;
    const p = new Promise<{ changes?: number }>((resolve, reject) => waiting.set(id, { resolve, reject }));
    p.catch(() => {}); // observed later (awaited in order); this only keeps Node from calling it unhandled
    worker.postMessage({ ...msg, id });
    return p;
  };
  const writer: BulkWriter = {
    provider: "sqlite",
    async insert(table, columns, rows) {
      inFlight.push(send({ type: "insert", table, columns, rows }));
      while (inFlight.length > 2) await inFlight.shift();
    },
    async execute(sql, params = []) {
      await Promise.all(inFlight.splice(0));
      return (await send({ type: "execute", sql, params })).changes ?? 0;
    },
  };
  try {
    const result = await fn(writer);
    await Promise.all(inFlight.splice(0));
    await send({ type: "end", commit: true });
    return result;
  } catch (e) {
    await Promise.allSettled(inFlight.splice(0));
    await send({ type: "end", commit: false }).catch(() => {});
    throw e;
  } finally {
    await worker.terminate();
  }
}

/**
 * Runs `fn` in one database transaction on a dedicated driver connection: all of it lands, or none.
 * `parallel` (SQLite) writes from a worker thread, for streams of many batches.
 */
export function bulkTransaction<T>(fn: (w: BulkWriter) => Promise<T>, config: DatabaseConfig = dbConfig(), opts: { parallel?: boolean } = {}): Promise<T> {
  if (config.provider === "sqlite") return opts.parallel ? sqliteBulkInWorker(config.file, fn) : sqliteBulk(config.file, fn);
  return pgBulk(config, fn);
}

/** Sortable, collision-free ids for rows written outside Prisma. */
export function newId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, "");
}
