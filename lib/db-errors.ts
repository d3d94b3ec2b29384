// Which thrown errors mean "the database is not there right now" (server stopped, restarting, network gone),
// as opposed to a bug: those are answered 503 with a clear message instead of a bare 500, and are safe to retry
// (a transaction that was cut off is rolled back by the server).

// Prisma: P1001 can't reach, P1002 timed out, P1017 server closed the connection; PostgreSQL: class 08
// (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const PG_CODE = /^(08\d{3}|57P0[123])$/;
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND"]);
const MESSAGES =
  /Connection terminated|connection to server .* closed|terminating connection due to administrator command|the database system is (shutting down|starting up)/i;

type Cause = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: unknown;
  driverAdapterError?: unknown;
};

export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 5) return false;
  const x = e as Cause;
  if (typeof x.code === "string" && (PRISMA_CODES.has(x.code) || PG_CODE.test(x.code) || NODE_CODES.has(x.code)))
    return true;
  if (typeof x.originalCode === "string" && PG_CODE.test(x.originalCode)) return true;
  if (typeof x.kind === "string" && ADAPTER_KINDS.has(x.kind)) return true;
  if (typeof x.message === "string" && MESSAGES.test(x.message)) return true;
  const meta = x.meta as Cause | undefined;
  return [x.cause, x.driverAdapterError, meta?.driverAdapterError].some((c) => isDatabaseUnavailable(c, depth + 1));
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is unavailable or busy right now; nothing was changed. Try again in a moment.";

/**
 * PostgreSQL refuses text it cannot store (a NUL character, SQLSTATE 22021; SQLite stores it): that is bad
 * input, so it is answered 400 instead of a 500.
 */
export function isUnstorableText(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 5) return false;
  const x = e as Cause;
  if (x.code === "22021" || x.originalCode === "22021") return true;
  if (typeof x.message === "string" && /invalid byte sequence for encoding "UTF8": 0x00/.test(x.message)) return true;
  const meta = x.meta as Cause | undefined;
  return [x.cause, x.driverAdapterError, meta?.driverAdapterError].some((c) => isUnstorableText(c, depth + 1));
}
