// Roll-ups that read thousands of rows (the exposure, revenue at risk, the scenario base) change only when someone
// changes the data, and every change a user makes appends to the audit log in the same transaction
// (lib/data/writes/audit-append.ts). So the newest audit entry stamps the state of everything a roll-up reads: a
// result is kept until the log grows, and the first read after a change computes it afresh. The stamp is the
// entry's hash as well as its number, so a database wiped and reseeded to the same length still reads as new.
// The cache lives in this server process; other processes keep their own, stamped from the same shared log.
import { db } from "../db";
import { securityActions } from "../audit/event-kinds";

const MAX_ENTRIES = 64;
const entries = new Map<string, { stamp: string; value: Promise<unknown> }>();

// signing in and out, refused requests, and a scheduled list update that failed or found nothing new are
// recorded but change no data the roll-ups read: they leave the stamp as it was
const notChanges: string[] = [
  securityActions.signIn,
  securityActions.signInFailed,
  securityActions.signOut,
  securityActions.refused,
  "list-update.failed",
  "list-update.unchanged",
];

/** The audit log's newest entry that records a change: read from the end of the log backwards. */
export async function changeStamp(): Promise<string> {
  const last = await db().auditLog.findFirst({
    where: { action: { notIn: notChanges } },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  return last ? `${last.seq}:${last.hash}` : "empty";
}

/**
 * `load()`'s result for `key`, computed again only after the audit log has grown (or, with `day`, also on a new
 * UTC day, for results that depend on today's date). Concurrent first reads share one computation; a failed one is
 * not kept.
 */
export async function memoUntilChange<T>(
  key: string,
  load: () => Promise<T>,
  opts: { day?: boolean } = {},
): Promise<T> {
  const stamp = `${await changeStamp()}${opts.day ? `@${new Date().toISOString().slice(0, 10)}` : ""}`;
  const hit = entries.get(key);
  if (hit && hit.stamp === stamp) return hit.value as Promise<T>;
  const value = load();
  entries.delete(key);
  entries.set(key, { stamp, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** For tests: forget every kept result. */
export function forgetMemos(): void {
  entries.clear();
}
