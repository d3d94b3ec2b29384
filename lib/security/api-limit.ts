import "server-only";
// The API's per-user and per-key budget: screening costs one unit per name (any other charged call one), so a
// script cannot hold the server's CPU with back-to-back 5,000-name screens. 429 with Retry-After when spent.
import { createHash } from "node:crypto";
import { apiNamesPerMinute } from "../env";
import { AppError } from "../errors";
import { MemoryRateLimiter } from "./rate-limit";

const globalForLimiter = globalThis as unknown as { chokepointApiLimiter?: MemoryRateLimiter };
const limiter = () => (globalForLimiter.chokepointApiLimiter ??= new MemoryRateLimiter());

/** The keys a request is charged to: its user always, and the API key when it came with one. */
export function apiBudgetKeys(userId: string, headers: Headers): string[] {
  const authorization = headers.get("authorization");
  const keys = [`user:${userId}`];
  if (authorization?.startsWith("Bearer "))
    keys.push(`key:${createHash("sha256").update(authorization.slice(7).trim()).digest("hex").slice(0, 32)}`);
  return keys;
}

export function chargeApi(userId: string, headers: Headers, units: number, now = Date.now()): void {
  const max = apiNamesPerMinute();
  const d = limiter().consumeAll(apiBudgetKeys(userId, headers), { max, windowMs: 60_000 }, now, units);
  if (!d.allowed)
    throw new AppError(
      "RATE_LIMITED",
      `Over the API limit of ${max.toLocaleString("en")} names a minute; try again in ${d.retryAfterSeconds} s.`,
      { retryAfterSeconds: d.retryAfterSeconds },
    );
}
