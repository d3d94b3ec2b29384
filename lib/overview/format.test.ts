import { describe, expect, it } from "vitest";
import { formatMoney } from "./format";

describe("formatMoney", () => {
  it("shows minor units in their currency, whole or compact", () => {
    expect(formatMoney(123_456_789, "USD")).toBe("$1,234,568");
    expect(formatMoney(123_456_789, "USD", true)).toBe("$1.2M");
    expect(formatMoney(303_000_000_000, "CNY", true)).toBe("CN¥3B");
  });
  it("falls back to USD for a missing or malformed currency code", () => {
    expect(formatMoney(100, null)).toBe("$1");
    expect(formatMoney(100, "dollars")).toBe("$1");
  });
});
