// Prisma's better-sqlite3 adapter runs every query on ONE connection, and only interactive transactions
// take its lock: a plain query from another request that arrives while a transaction is open runs inside
// that transaction, so it sees uncommitted rows and is undone if that transaction rolls back (an audit entry
// written by one request vanished when a concurrent decision's transaction rolled back). This wrapper makes
// plain queries wait while a transaction is open, as they would on a server database.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

function lock() {
  let tail: Promise<void> = Promise.resolve();
  /** Waits for the holder before it, and returns the release of this hold. */
  return async (): Promise<() => void> => {
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    const before = tail;
    tail = before.then(() => held);
    await before;
    return release;
  };
}

function serialise(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const acquire = lock();
  const exclusive = async <T>(fn: () => Promise<T>): Promise<T> => {
    const release = await acquire();
    try { return await fn(); } finally { release(); }
  };
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "queryRaw") return (q: Parameters<SqlDriverAdapter["queryRaw"]>[0]) => exclusive(() => target.queryRaw(q));
      if (prop === "executeRaw") return (q: Parameters<SqlDriverAdapter["executeRaw"]>[0]) => exclusive(() => target.executeRaw(q));
      if (prop === "executeScript") return (s: string) => exclusive(() => target.executeScript(s));
      if (prop === "startTransaction") {
        return async (level?: Parameters<SqlDriverAdapter["startTransaction"]>[0]): Promise<Transaction> => {
          const release = await acquire();
          let tx: Transaction;
          try { tx = await target.startTransaction(level); } catch (e) { release(); throw e; }
          let done = false;
          const end = (fn: () => Promise<void>) => async () => { try { await fn(); } finally { if (!done) { done = true; release(); } } };
          return new Proxy(tx, {
            get(t, p, r) {
              if (p === "commit") return end(() => t.commit());
              if (p === "rollback") return end(() => t.rollback());
              const v = Reflect.get(t, p, r) as unknown;
              return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(t) : v;
            },
          });
        };
      }
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
