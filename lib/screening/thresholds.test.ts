import { describe, expect, it } from "vitest";
import { parseThresholds, thresholdsOrDefault } from "./thresholds";

describe("parseThresholds", () => {
  it("accepts whole numbers with review below match", () =>
    expect(parseThresholds({ match: 90, review: 60 })).toEqual({ match: 90, review: 60 }));
  it("rejects review at or above match, out of range or fractional values", () => {
    expect(parseThresholds({ match: 80, review: 80 })).toBeNull();
    expect(parseThresholds({ match: 101, review: 60 })).toBeNull();
    expect(parseThresholds({ match: 90, review: 0 })).toBeNull();
    expect(parseThresholds({ match: 90.5, review: 60 })).toBeNull();
    expect(parseThresholds("90")).toBeNull();
  });
  it("falls back to the defaults for nothing stored", () =>
    expect(thresholdsOrDefault(null)).toEqual({ match: 85, review: 70 }));
});
