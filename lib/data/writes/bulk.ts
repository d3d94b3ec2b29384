import "server-only";
// Bulk writes go to the driver directly, in one transaction per file: Prisma's createMany manages about
// 2,600 rows/s here against 165,000+ for a prepared better-sqlite3 statement (shared/notes/performance.md).
// Prisma stays for everything else. Values are stored exactly as Prisma stores them, so Prisma reads them
// back. SQLite: multi-row prepared INSERTs in a writer thread; PostgreSQL: COPY (multi-row INSERT for a few rows).
import { once } from "node:events";
import path from "node:path";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { dbConfig } from "../../db";
import { installRoot, type DatabaseConfig } from "../../env";

export type Cell = string | number | bigint | boolean | Date | null | object;

export interface BulkWriter {
  readonly provider: DatabaseConfig["provider"];
  insert(table: string, columns: readonly string[], rows: readonly (readonly Cell[])[]): Promise<void>;
  /** A plain statement inside the same transaction, with `?` placeholders. */
  execute(sql: string, params?: readonly Cell[]): Promise<number>;
  /** The first row a query returns inside the same transaction (undefined when none), `?` placeholders. */
  queryOne(sql: string, params?: readonly Cell[]): Promise<Record<string, unknown> | undefined>;
  /** Every row a query returns inside the same transaction, `?` placeholders. */
  queryAll(sql: string, params?: readonly Cell[]): Promise<Record<string, unknown>[]>;
}

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

/** One value in COPY's text format: \N for NULL, backslash escapes for the separators. */
function copyText(v: Cell): string {
  if (v === null) return "\\N";
  let s: string;
  if (typeof v === "string") s = v;
  else if (typeof v === "number" || typeof v === "bigint") return String(v);
  else if (typeof v === "boolean") return v ? "t" : "f";
  else if (v instanceof Date) return v.toISOString();
  else s = JSON.stringify(v);
  return /[\\\t\n\r]/.test(s)
    ? s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : s;
}

function pgValue(v: Cell): unknown {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  // Prisma's DateTime is a timestamp without time zone holding UTC: the driver would send a Date in the
  // process's local time, whose offset PostgreSQL then ignores
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "bigint") return v.toString();
  return JSON.stringify(v);
}

// PostgreSQL caps a statement at 65,535 parameters.
const PG_MAX_PARAMS = 60_000;
// below this, one multi-row INSERT is cheaper than setting up a COPY
const PG_COPY_FROM_ROWS = 200;

/** `?` placeholders as PostgreSQL's $1, $2, ... */
const numbered = (sql: string) => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

async function pgBulk<T>(
  config: Extract<DatabaseConfig, { provider: "postgresql" }>,
  fn: (w: BulkWriter) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
    database: config.database,
  });
  // a server that goes away mid-import fails the pending query (and so the import); unheard, the client's
  // 'error' event would also be thrown as an uncaught exception and take the process down
  client.on("error", () => {});
  await client.connect();
  try {
    if (config.schema) await client.query(`SET search_path TO ${quote(config.schema)}`);
    const writer: BulkWriter = {
      provider: "postgresql",
      async insert(table, columns, rows) {
        if (rows.length >= PG_COPY_FROM_ROWS) {
          // COPY: PostgreSQL's bulk path, several times the rate of multi-row INSERT
          const stream = client.query(copyFrom(`COPY ${quote(table)} (${columns.map(quote).join(", ")}) FROM STDIN`));
          const done = new Promise<void>((resolve, reject) => {
            stream.on("finish", () => resolve());
            stream.on("error", reject);
          });
          done.catch(() => {}); // awaited at the end; an early failure is thrown by the next write instead
          let chunk = "";
          for (const row of rows) {
            chunk += row.map(copyText).join("\t") + "\n";
            if (chunk.length > 1 << 16) {
              // a connection that died (the server went away) never drains: wait for 'drain' or the error
              if (stream.errored) throw stream.errored;
              if (!stream.write(chunk)) await once(stream, "drain");
              chunk = "";
            }
          }
          stream.end(chunk);
          await done;
          return;
        }
        const perStatement = Math.max(1, Math.floor(PG_MAX_PARAMS / columns.length));
        for (let start = 0; start < rows.length; start += perStatement) {
          const batch = rows.slice(start, start + perStatement);
          const params: unknown[] = [];
          const tuples = batch.map(
            (row) => `(${row.map((v) => (params.push(pgValue(v)), `$${params.length}`)).join(", ")})`,
          );
          await client.query(
            `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES ${tuples.join(", ")}`,
            params,
          );
        }
      },
      async execute(sql, params = []) {
        const res = await client.query(numbered(sql), params.map(pgValue));
        return res.rowCount ?? 0;
      },
      async queryOne(sql, params = []) {
        const res = await client.query<Record<string, unknown>>(numbered(sql), params.map(pgValue));
        return res.rows[0];
      },
      async queryAll(sql, params = []) {
        const res = await client.query<Record<string, unknown>>(numbered(sql), params.map(pgValue));
        return res.rows;
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
 * SQLite: the transaction runs in a worker thread (lib/data/writes/sqlite-writer.worker.mjs, which also encodes
 * values as Prisma stores them), so inserts run while the caller prepares the next batch. At most two
 * batches are in flight (backpressure); an insert's failure surfaces at the next call or at the end, and
 * fails the whole transaction.
 */
async function sqliteBulk<T>(file: string, fn: (w: BulkWriter) => Promise<T>): Promise<T> {
  // Looked up at run time: the bundler rewrites a statically imported `new Worker(…)` into a bundled module,
  // and this worker is a plain file started by its path.
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  const worker = new Worker(path.join(installRoot(), "lib/data/writes/sqlite-writer.worker.mjs"), {
    workerData: { file },
    // the writer holds two batches at most: a small heap keeps the second thread's memory small too
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
  });
  let nextId = 0;
  const waiting = new Map<
    number,
    {
      resolve: (v: { changes?: number; row?: Record<string, unknown>; rows?: Record<string, unknown>[] }) => void;
      reject: (e: Error) => void;
    }
  >();
  const inFlight: Promise<unknown>[] = [];
  let workerError: Error | null = null;
  worker.on(
    "message",
    (m: {
      id: number;
      ok: boolean;
      error?: string;
      changes?: number;
      row?: Record<string, unknown>;
      rows?: Record<string, unknown>[];
    }) => {
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.ok) w?.resolve(m);
      else w?.reject(new Error(m.error ?? "SQLite writer failed"));
    },
  );
  worker.on("error", (e) => {
    workerError = e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  });
  const send = (msg: object) => {
    if (workerError) return Promise.reject(workerError);
    const id = nextId++;
    const p = new Promise<{ changes?: number; row?: Record<string, unknown>; rows?: Record<string, unknown>[] }>(
      (resolve, reject) => waiting.set(id, { resolve, reject }),
    );
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
    async queryOne(sql, params = []) {
      await Promise.all(inFlight.splice(0));
      return (await send({ type: "get", sql, params })).row;
    },
    async queryAll(sql, params = []) {
      await Promise.all(inFlight.splice(0));
      return (await send({ type: "all", sql, params })).rows ?? [];
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

/** Runs `fn` in one database transaction on a dedicated driver connection: all of it lands, or none. */
export function bulkTransaction<T>(fn: (w: BulkWriter) => Promise<T>, config: DatabaseConfig = dbConfig()): Promise<T> {
  return config.provider === "sqlite" ? sqliteBulk(config.file, fn) : pgBulk(config, fn);
}

/** Sortable, collision-free ids for rows written outside Prisma. */
export function newId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, "");
}
