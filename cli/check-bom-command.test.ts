import { describe, expect, it } from "vitest";
import { ownerOption } from "./check-bom-command";

describe("check-bom --owner", () => {
  it("reads a name and a percent, the percent after the last =", () => {
    expect(ownerOption("Megvii Technology Limited=60")).toEqual({ name: "Megvii Technology Limited", percent: 60 });
    expect(ownerOption("A=B Holdings = 12.5%")).toEqual({ name: "A=B Holdings", percent: 12.5 });
  });
  it("refuses a missing name, a percent over 100 or not a number", () => {
    expect(() => ownerOption("=60")).toThrow(/expected "<name>=<percent>"/);
    expect(() => ownerOption("Megvii=150")).toThrow(/at most 100/);
    expect(() => ownerOption("Megvii=sixty")).toThrow(/expected "<name>=<percent>"/);
    expect(() => ownerOption("Megvii")).toThrow(/expected "<name>=<percent>"/);
  });
});
