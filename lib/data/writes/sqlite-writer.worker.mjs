// A SQLite write transaction in its own thread: the import parses and validates rows on the main thread
// while this thread inserts the previous batch, so the two cores overlap (see lib/data/bulk.ts).
// Plain JavaScript: it is started by path, outside any bundler.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const ROWS_PER_INSERT = 64;
const MAX_PARAMS = 32000;
const quote = (id) => `"${id.replace(/"/g, '""')}"`;
const conn = new Database(workerData.file, { timeout: 30000 });
conn.pragma("journal_mode = WAL");
conn.pragma("foreign_keys = ON");
const cache = new Map();
const prepared = (sql) => {
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = conn.prepare(sql)));
  return s;
};

// Values arrive as structured clones; SQLite takes no booleans, Dates or objects, so they are encoded here
// (as Prisma encodes them), off the main thread.
function sqliteValue(v) {
  if (v === null || v === undefined) return null;
  const t = typeof v;
  if (t === "string" || t === "number" || t === "bigint") return v;
  if (t === "boolean") return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  return JSON.stringify(v);
}

function insert(table, columns, rows) {
  const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const per = Math.max(1, Math.min(ROWS_PER_INSERT, Math.floor(MAX_PARAMS / columns.length)));
  const width = columns.length;
  let i = 0;
  if (rows.length >= per) {
    const many = prepared(head + Array(per).fill(tuple).join(", "));
    const params = new Array(per * width);
    for (; i + per <= rows.length; i += per) {
      let k = 0;
      for (let r = i; r < i + per; r++) {
        const row = rows[r];
        for (let c = 0; c < width; c++) params[k++] = sqliteValue(row[c]);
      }
      many.run(params);
    }
  }
  if (i < rows.length) {
    const one = prepared(head + tuple);
    for (; i < rows.length; i++) one.run(rows[i].map(sqliteValue));
  }
}

conn.exec("BEGIN IMMEDIATE");
let failed = null;
parentPort.on("message", (m) => {
  try {
    if (m.type === "insert") {
      if (!failed) insert(m.table, m.columns, m.rows);
      parentPort.postMessage({ id: m.id, ok: !failed, error: failed });
    } else if (m.type === "execute") {
      if (failed) throw new Error(failed);
      parentPort.postMessage({ id: m.id, ok: true, changes: prepared(m.sql).run(m.params.map(sqliteValue)).changes });
    } else if (m.type === "get") {
      if (failed) throw new Error(failed);
      parentPort.postMessage({ id: m.id, ok: true, row: prepared(m.sql).get(m.params.map(sqliteValue)) });
    } else if (m.type === "all") {
      if (failed) throw new Error(failed);
      parentPort.postMessage({ id: m.id, ok: true, rows: prepared(m.sql).all(m.params.map(sqliteValue)) });
    } else if (m.type === "end") {
      if (m.commit && !failed) conn.exec("COMMIT");
      else conn.exec("ROLLBACK");
      conn.close();
      parentPort.postMessage({ id: m.id, ok: !(m.commit && failed), error: failed });
    }
  } catch (e) {
    failed = failed ?? String(e?.message ?? e);
    parentPort.postMessage({ id: m.id, ok: false, error: failed });
  }
});
