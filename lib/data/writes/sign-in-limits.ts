import "server-only";
// Sign-in attempt counters, in the database (rate_limit table, shared with Better Auth under other keys) so
// every server process and restart sees the same counts. Each step is one conditional UPDATE, so concurrent
// attempts cannot all pass a stale read: the same fixed-window rule as lib/security/rate-limit.ts.
import { createHash, randomUUID } from "node:crypto";
import { db } from "../../db";
import type { RateRule } from "../../security/rate-limit";

export type Attempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const accountKey = (email: string) =>
  `signin:account:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
const addressKey = (address: string) => `signin:address:${address}`;

async function consumeKey(key: string, rule: RateRule, now: number): Promise<Attempt> {
  const windowStart = BigInt(now - rule.windowMs);
  for (let attempt = 0; attempt < 3; attempt++) {
    const counted = await db().rateLimit.updateMany({
      where: { key, lastRequest: { gt: windowStart }, count: { lt: rule.max } },
      data: { count: { increment: 1 } },
    });
    if (counted.count === 1) return { allowed: true };
    // lastRequest holds the window's start: an old window starts again at 1
    const restarted = await db().rateLimit.updateMany({
      where: { key, lastRequest: { lte: windowStart } },
      data: { count: 1, lastRequest: BigInt(now) },
    });
    if (restarted.count === 1) return { allowed: true };
    const row = await db().rateLimit.findUnique({ where: { key }, select: { lastRequest: true } });
    if (row) {
      const retryAfterSeconds = Math.max(1, Math.ceil((Number(row.lastRequest) + rule.windowMs - now) / 1000));
      return { allowed: false, retryAfterSeconds };
    }
    try {
      await db().rateLimit.create({ data: { id: randomUUID(), key, count: 1, lastRequest: BigInt(now) } });
      return { allowed: true };
    } catch {
      // another attempt created the row first: count against it
    }
  }
  return { allowed: false, retryAfterSeconds: Math.ceil(rule.windowMs / 1000) };
}

/**
 * Counts one sign-in attempt against the client's address (when known) and the account. Refused when either
 * is over its limit: 40 guesses from 40 addresses still hit the account's limit.
 */
export async function consumeSignInAttempt(
  who: { email: string | null; address: string | null },
  limits: { perAddress: RateRule; perAccount: RateRule },
  now: number,
): Promise<Attempt> {
  if (who.address) {
    const byAddress = await consumeKey(addressKey(who.address), limits.perAddress, now);
    if (!byAddress.allowed) return byAddress;
  }
  if (who.email) return consumeKey(accountKey(who.email), limits.perAccount, now);
  return { allowed: true };
}

/** After a successful sign-in the account's count starts again (its owner knows the password). */
export async function clearAccountAttempts(email: string): Promise<void> {
  await db().rateLimit.deleteMany({ where: { key: accountKey(email) } });
}
