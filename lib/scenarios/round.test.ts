import { describe, expect, it } from "vitest";
import { roundHalfUp } from "./round";
import { seededRandom } from "./uncertainty";

describe("roundHalfUp", () => {
  it("rounds as Math.round does, where adding a half would itself round too", () => {
    const cases = [
      0.49999999999999994,
      0.5,
      1.5,
      2.5,
      -0.5000000000000001,
      -1.5,
      -2.5,
      2 ** 52 + 1,
      -(2 ** 52 + 1),
      4503599627370495.5,
      -4503599627370495.5,
      2 ** 53,
      123456789.49999999,
      -0.9999999999999999,
      Infinity,
      -Infinity,
    ];
    for (const x of cases) expect([x, roundHalfUp(x)]).toEqual([x, Math.round(x)]);
    expect(roundHalfUp(NaN)).toBeNaN();
  });
  it("matches Math.round on random amounts of every size", () => {
    const rand = seededRandom(5);
    for (let i = 0; i < 100_000; i++) {
      const x = (rand() - 0.3) * 10 ** Math.floor(rand() * 16);
      if (roundHalfUp(x) !== Math.round(x)) expect([x, roundHalfUp(x)]).toEqual([x, Math.round(x)]);
    }
  });
  it("gives +0 where Math.round gives -0", () => {
    expect(Object.is(roundHalfUp(-0.3), 0)).toBe(true);
    expect(Object.is(Math.round(-0.3), -0)).toBe(true);
  });
});
