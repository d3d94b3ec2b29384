import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps local paths", () => expect(safeNext("/screening?band=match")).toBe("/screening?band=match"));
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "", null, undefined])("refuses %s", (v) =>
    expect(safeNext(v)).toBe("/"),
  );
});
