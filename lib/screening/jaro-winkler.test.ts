import { describe, expect, it } from "vitest";
import { deletions, jaroWinkler, withinOneEdit } from "./jaro-winkler";

describe("jaroWinkler", () => {
  it("gives the textbook values", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler("dwayne", "duane")).toBeCloseTo(0.84, 4);
  });
  it("is 1 for equal strings and 0 when nothing matches or a side is empty", () => {
    expect(jaroWinkler("huawei", "huawei")).toBe(1);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(jaroWinkler("", "abc")).toBe(0);
  });
});

describe("withinOneEdit", () => {
  it("accepts one substitution, insertion, deletion or neighbour swap", () => {
    expect(withinOneEdit("sensetime", "sensetine")).toBe(true);
    expect(withinOneEdit("sensetime", "sensettime")).toBe(true);
    expect(withinOneEdit("sensetime", "sensetim")).toBe(true);
    expect(withinOneEdit("dahua", "dahau")).toBe(true);
  });
  it("rejects two edits", () => {
    expect(withinOneEdit("sensetime", "sentesime")).toBe(false);
    expect(withinOneEdit("megvii", "megv")).toBe(false);
    expect(withinOneEdit("abcd", "badc")).toBe(false);
  });
});

describe("deletions", () => {
  it("lists each one-letter deletion", () => {
    expect(deletions("abc")).toEqual(["bc", "ac", "ab"]);
  });
});
