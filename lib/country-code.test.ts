import { describe, expect, it } from "vitest";
import { isCountryCode, isDestinationCode, normaliseCode } from "./country-code";

describe("country codes", () => {
  it("takes two letters in any case, around spaces", () => {
    expect(normaliseCode(" cn ")).toBe("CN");
    expect(isCountryCode(" de")).toBe(true);
    expect(["CHN", "C", "C1", "UA-43", ""].map(isCountryCode)).toEqual([false, false, false, false, false]);
  });

  it("takes a region of a country as a destination, and only as one", () => {
    expect(isDestinationCode("ua-43")).toBe(true);
    expect(isDestinationCode("CN")).toBe(true);
    expect(["UA-4", "UA43", "UKR", "UA-XY"].map(isDestinationCode)).toEqual([false, false, false, false]);
  });
});
