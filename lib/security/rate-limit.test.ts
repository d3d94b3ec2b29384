import { describe, expect, it } from "vitest";
import { consume, MemoryRateLimiter } from "./rate-limit";

const rule = { max: 10, windowMs: 60_000 };

describe("consume (fixed window)", () => {
  it("allows up to max units in a window, then refuses with the seconds left in the window", () => {
    let state = null;
    for (let i = 0; i < 10; i++) {
      const d = consume(state, rule, 1_000 + i);
      expect(d.allowed).toBe(true);
      state = d.next;
    }
    const refused = consume(state, rule, 16_000);
    expect(refused).toEqual({ allowed: false, next: { count: 10, startedAt: 1_000 }, retryAfterSeconds: 45 });
  });
  it("counts a cost (names screened), and a refused request costs nothing", () => {
    const first = consume(null, rule, 0, 7);
    expect(first.next).toEqual({ count: 7, startedAt: 0 });
    const second = consume(first.next, rule, 1, 4);
    expect(second.allowed).toBe(false);
    expect(second.next).toEqual({ count: 7, startedAt: 0 });
    expect(consume(first.next, rule, 2, 3).next).toEqual({ count: 10, startedAt: 0 });
  });
  it("starts a fresh window once the old one has passed", () => {
    const full = { count: 10, startedAt: 0 };
    expect(consume(full, rule, 59_999).allowed).toBe(false);
    expect(consume(full, rule, 60_000)).toEqual({ allowed: true, next: { count: 1, startedAt: 60_000 } });
  });
  it("never answers Retry-After 0", () => {
    const d = consume({ count: 10, startedAt: 0 }, rule, 59_999.5);
    expect(d.allowed === false && d.retryAfterSeconds).toBe(1);
  });
  it("refuses a cost above max outright", () => expect(consume(null, rule, 0, 11).allowed).toBe(false));
});

describe("MemoryRateLimiter", () => {
  it("charges every key (user and key) or none", () => {
    const limiter = new MemoryRateLimiter();
    expect(limiter.consumeAll(["user:a", "key:1"], rule, 0, 6).allowed).toBe(true);
    // the user's other key shares the user's budget
    const refused = limiter.consumeAll(["user:a", "key:2"], rule, 1_000, 6);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 59 });
    expect(limiter.consumeAll(["user:a", "key:2"], rule, 1_000, 4).allowed).toBe(true);
    expect(limiter.consumeAll(["user:b"], rule, 1_000, 10).allowed).toBe(true);
  });
});
