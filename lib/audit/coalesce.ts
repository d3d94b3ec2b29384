// Keeps noisy security events from flooding the audit chain. The first event of a key (e.g. a failed sign-in for
// one account from one address) in a one-minute window is written at once; repeats in that window are only
// counted, and one summary entry with the count is written when the window ends. So an anonymous client costs
// the chain at most two entries per account and address per minute, however fast it tries. Pure: "now" is
// passed in; the caller owns the timer that drains ended windows.
export const COALESCE_WINDOW_MS = 60_000;
/** Past this many open windows, new keys fold into one per-address window so memory stays bounded. */
export const MAX_OPEN_WINDOWS = 10_000;

export type Window<T> = { key: string; firstAt: Date; lastAt: Date; repeats: number; data: T };

export class Coalescer<T> {
  private readonly open = new Map<string, Window<T>>();
  private readonly closed: Window<T>[] = [];

  constructor(
    private readonly windowMs = COALESCE_WINDOW_MS,
    private readonly maxOpen = MAX_OPEN_WINDOWS,
  ) {}

  /** "first" when the caller should write the event now, "repeat" when it was counted into an open window. */
  record(key: string, now: Date, data: T, overflowKey?: string): { outcome: "first" | "repeat"; key: string } {
    let k = key;
    if (!this.open.has(k) && this.open.size >= this.maxOpen && overflowKey) k = overflowKey;
    const w = this.open.get(k);
    if (w && now.getTime() - w.firstAt.getTime() < this.windowMs) {
      w.repeats++;
      w.lastAt = now;
      return { outcome: "repeat", key: k };
    }
    if (w && w.repeats > 0) this.closed.push(w); // ended but not drained yet: its summary is still owed
    this.open.set(k, { key: k, firstAt: now, lastAt: now, repeats: 0, data });
    return { outcome: "first", key: k };
  }

  /** Windows with repeats that ended by `now` (every open one with `all`), removed: each needs a summary entry. */
  drain(now: Date, all = false): Window<T>[] {
    const ended = this.closed.splice(0);
    for (const [k, w] of this.open) {
      if (all || now.getTime() - w.firstAt.getTime() >= this.windowMs) {
        this.open.delete(k);
        if (w.repeats > 0) ended.push(w);
      }
    }
    return ended;
  }

  get size(): number {
    return this.open.size;
  }
}
