import { describe, expect, it } from "vitest";
import { inChunks, IN_CHUNK } from "./in-chunks";

describe("inChunks", () => {
  it("asks in chunks under the bound-parameter limit and joins the answers in order", async () => {
    const sizes: number[] = [];
    const ids = Array.from({ length: 2 * IN_CHUNK + 5 }, (_, i) => i);
    const out = await inChunks(ids, async (chunk) => {
      sizes.push(chunk.length);
      return chunk.map((i) => i * 2);
    });
    expect(sizes).toEqual([IN_CHUNK, IN_CHUNK, 5]);
    expect(out).toEqual(ids.map((i) => i * 2));
    expect(IN_CHUNK).toBeLessThan(999);
  });
  it("asks nothing for no ids", async () => {
    let calls = 0;
    expect(
      await inChunks([], async () => {
        calls++;
        return [1];
      }),
    ).toEqual([]);
    expect(calls).toBe(0);
  });
});
