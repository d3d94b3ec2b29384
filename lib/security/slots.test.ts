import { describe, expect, it } from "vitest";
import { Slots } from "./slots";

describe("Slots", () => {
  it("lets `size` holders in and queues the rest in arrival order", async () => {
    const slots = new Slots(2);
    const order: string[] = [];
    const a = await slots.acquire();
    const b = await slots.acquire();
    const c = slots.acquire().then((release) => (order.push("c"), release));
    const d = slots.acquire().then((release) => (order.push("d"), release));
    await Promise.resolve();
    expect([slots.inUse, slots.queued, order]).toEqual([2, 2, []]);
    a();
    const releaseC = await c;
    expect([slots.inUse, slots.queued, order]).toEqual([2, 1, ["c"]]);
    b();
    (await d)();
    releaseC();
    expect([slots.inUse, slots.queued, order]).toEqual([0, 0, ["c", "d"]]);
  });
  it("ignores a second release of the same slot", async () => {
    const slots = new Slots(1);
    const release = await slots.acquire();
    release();
    release();
    expect(slots.inUse).toBe(0);
  });
});
