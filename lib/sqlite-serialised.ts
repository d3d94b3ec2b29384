// Two things Prisma's better-sqlite3 adapter leaves to us, both about sharing one SQLite file.
//
// 1. It runs every query on ONE connection, and only interactive transactions take its lock: a plain query
//    from another request that arrives while a transaction is open runs inside that transaction, so it sees
//    uncommitted rows and is undone if that transaction rolls back (an audit entry written by one request
//    vanished when a concurrent decision's transaction rolled back). Here plain queries wait while a
//    transaction is open, as they would on a server database.
//
// 2. better-sqlite3 is synchronous: a write that finds SQLite's write lock held by another connection (an
//    import's writer thread, lib/data/bulk.ts, holds it for the whole file) busy-waits ON THE MAIN THREAD.
//    The whole server froze for the busy timeout, and the import froze with it, since its writer thread waits
//    for the main thread to send the next rows: both stalled until the write failed. So the connection's own
//    busy timeout is zero (lib/db.ts), and a write that finds the lock taken waits here, asynchronously,
//    without holding this connection: reads go on, and so does the import.
//    Transactions begin IMMEDIATE, taking the write lock before their first statement. That is where a
//    transaction can wait and try again; a deferred one could only fail half-way, when its first write
//    finds the lock taken after it has read (SQLITE_BUSY_SNAPSHOT, which no waiting cures).
import {
  isDriverAdapterError,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from "@prisma/driver-adapter-utils";

/**
 * How long a write waits for another connection's write lock before it fails as "database busy": long
 * enough for a 200 MB import through the server (about 25 s on two cores), since the write is only waiting.
 */
export const WRITE_LOCK_WAIT_MS = 60_000;

function lock() {
  let tail: Promise<void> = Promise.resolve();
  /** Waits for the holder before it, and returns the release of this hold. */
  return async (): Promise<() => void> => {
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const before = tail;
    tail = before.then(() => held);
    await before;
    return release;
  };
}

/** The adapter reports SQLITE_BUSY (and its extended codes) as a socket timeout. */
export function isSqliteBusy(e: unknown): boolean {
  return !!e && typeof e === "object" && isDriverAdapterError(e) && e.cause.kind === "SocketTimeout";
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `attempt` until it does not fail with SQLITE_BUSY, pausing between tries (2 ms doubling to 50 ms),
 * for up to `waitMs`. Only for statements that change nothing when they fail that way: an autocommit
 * statement, or BEGIN IMMEDIATE.
 */
export async function retryWhileBusy<T>(attempt: () => Promise<T>, waitMs = WRITE_LOCK_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    try {
      return await attempt();
    } catch (e) {
      if (!isSqliteBusy(e) || Date.now() >= deadline) throw e;
    }
    await sleep(pause);
  }
}

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

export function serialise(adapter: SqlDriverAdapter, waitMs = WRITE_LOCK_WAIT_MS): SqlDriverAdapter {
  const acquire = lock();
  const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
    const release = await acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  };
  // each try takes the connection anew, so what waits for the lock does not hold up what does not need it
  const autocommit = <T>(fn: () => Promise<T>) => retryWhileBusy(() => exclusive(fn), waitMs);

  async function startTransaction(level?: Parameters<SqlDriverAdapter["startTransaction"]>[0]): Promise<Transaction> {
    if (level && level !== "SERIALIZABLE") return adapter.startTransaction(level); // the adapter's own error
    const release = await retryWhileBusy(async () => {
      const hold = await acquire();
      try {
        await adapter.executeRaw(statement("BEGIN IMMEDIATE"));
        return hold;
      } catch (e) {
        hold();
        throw e;
      }
    }, waitMs);
    let open = true;
    // Prisma sends COMMIT or ROLLBACK itself, then calls commit() or rollback(). After a failed COMMIT it
    // calls rollback() with the transaction still open, and the connection must not stay inside it.
    const end = (rollBack: boolean) => async () => {
      if (!open) return;
      open = false;
      if (rollBack)
        try {
          await adapter.executeRaw(statement("ROLLBACK"));
        } catch {
          /* Prisma's ROLLBACK ended it */
        }
      release();
    };
    const savepoint = (sql: string) => adapter.executeRaw(statement(sql)).then(() => undefined);
    return {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (q) => adapter.queryRaw(q),
      executeRaw: (q) => adapter.executeRaw(q),
      commit: end(false),
      rollback: end(true),
      createSavepoint: (name) => savepoint(`SAVEPOINT ${name}`),
      rollbackToSavepoint: (name) => savepoint(`ROLLBACK TO ${name}`),
      releaseSavepoint: (name) => savepoint(`RELEASE SAVEPOINT ${name}`),
    };
  }

  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "queryRaw") return (q: SqlQuery) => autocommit(() => target.queryRaw(q));
      if (prop === "executeRaw") return (q: SqlQuery) => autocommit(() => target.executeRaw(q));
      if (prop === "executeScript") return (s: string) => exclusive(() => target.executeScript(s));
      if (prop === "startTransaction") return startTransaction;
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

export function serialisedSqlite(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialise(await factory.connect()),
  };
}
