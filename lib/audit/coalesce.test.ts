import { describe, expect, it } from "vitest";
import { Coalescer } from "./coalesce";

const t = (s: number) => new Date(Date.UTC(2026, 11, 7, 12, 0, s));

describe("coalescing repeated security events", () => {
  it("writes the first event of a window, counts the repeats and summarises them once the window ends", () => {
    const c = new Coalescer<number>(60_000);
    expect(c.record("a|1.2.3.4", t(0), 1).outcome).toBe("first");
    for (let i = 1; i <= 39; i++) expect(c.record("a|1.2.3.4", t(i), 1).outcome).toBe("repeat");
    expect(c.drain(t(59))).toEqual([]);
    expect(c.drain(t(60))).toEqual([{ key: "a|1.2.3.4", firstAt: t(0), lastAt: t(39), repeats: 39, data: 1 }]);
    expect(c.size).toBe(0);
  });
  it("keeps accounts and addresses apart", () => {
    const c = new Coalescer<number>(60_000);
    expect(c.record("a|1", t(0), 0).outcome).toBe("first");
    expect(c.record("b|1", t(1), 0).outcome).toBe("first");
    expect(c.record("a|2", t(2), 0).outcome).toBe("first");
    expect(c.size).toBe(3);
  });
  it("a window with no repeats needs no summary", () => {
    const c = new Coalescer<number>(60_000);
    c.record("a", t(0), 0);
    expect(c.drain(t(0), true)).toEqual([]);
  });
  it("starts a new window once the old one is over, and still owes the old one's summary", () => {
    const c = new Coalescer<number>(60_000);
    c.record("a", t(0), 0);
    c.record("a", t(5), 0);
    expect(c.record("a", t(61), 0).outcome).toBe("first");
    expect(c.drain(t(62)).map((w) => [w.key, w.repeats, w.firstAt])).toEqual([["a", 1, t(0)]]);
  });
  it("folds new keys into the overflow key when too many windows are open", () => {
    const c = new Coalescer<number>(60_000, 2);
    c.record("a|1", t(0), 0, "*|1");
    c.record("b|1", t(0), 0, "*|1");
    expect(c.record("c|1", t(1), 0, "*|1")).toEqual({ outcome: "first", key: "*|1" });
    expect(c.record("d|1", t(2), 0, "*|1")).toEqual({ outcome: "repeat", key: "*|1" });
  });
});
