// Fixed-window rate limits: at most `max` units per window per key. A unit is one sign-in attempt, or one
// screened name (a 5,000-name screen costs 5,000). Pure: the caller passes "now" and keeps the state.

export type RateRule = { max: number; windowMs: number };
export type WindowState = { count: number; startedAt: number };
export type Decision =
  { allowed: true; next: WindowState } | { allowed: false; next: WindowState; retryAfterSeconds: number };

export function consume(prev: WindowState | null, rule: RateRule, now: number, cost = 1): Decision {
  const current = prev && now - prev.startedAt < rule.windowMs ? prev : { count: 0, startedAt: now };
  if (current.count + cost <= rule.max)
    return { allowed: true, next: { count: current.count + cost, startedAt: current.startedAt } };
  // a refused request costs nothing, so a client that waits is served when the window turns
  const retryAfterSeconds = Math.max(1, Math.ceil((current.startedAt + rule.windowMs - now) / 1000));
  return { allowed: false, next: current, retryAfterSeconds };
}

/**
 * In-process limiter for the API (per user and per key). Each server process counts on its own: with N
 * processes behind a balancer a caller gets up to N times the budget, which still bounds the load per process.
 */
export class MemoryRateLimiter {
  private readonly windows = new Map<string, WindowState>();
  constructor(private readonly maxKeys = 10_000) {}

  /** All keys are charged together or none is: a refused request costs nothing. */
  consumeAll(keys: string[], rule: RateRule, now: number, cost: number): Decision {
    let refused: Extract<Decision, { allowed: false }> | null = null;
    const nexts: [string, WindowState][] = [];
    for (const key of keys) {
      const d = consume(this.windows.get(key) ?? null, rule, now, cost);
      if (!d.allowed) refused = refused && refused.retryAfterSeconds >= d.retryAfterSeconds ? refused : d;
      nexts.push([key, d.next]);
    }
    if (refused) return refused;
    if (this.windows.size > this.maxKeys) this.prune(rule, now);
    for (const [key, next] of nexts) this.windows.set(key, next);
    return { allowed: true, next: nexts[0]?.[1] ?? { count: cost, startedAt: now } };
  }

  private prune(rule: RateRule, now: number): void {
    for (const [key, w] of this.windows) if (now - w.startedAt >= rule.windowMs) this.windows.delete(key);
  }
}
