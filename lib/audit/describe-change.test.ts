import { describe, expect, it } from "vitest";
import { describeChange, recordLabel } from "./describe-change";

describe("describeChange", () => {
  it("lists only the fields that changed, in words", () => {
    expect(
      describeChange(
        { status: "quarantined", quarantineReason: "removes 99 % of the entries", label: "CSL" },
        { status: "current", reason: "The publisher re-issued the list", label: "CSL" },
      ),
    ).toEqual([
      "status: quarantined → current",
      "quarantine reason: removes 99 % of the entries → removed",
      "reason: The publisher re-issued the list",
    ]);
  });
  it("shows every field of a created record, nested values flattened, and never a record id", () => {
    expect(
      describeChange(null, { role: "executive", ids: ["cmxctgg6h0000abcdefghijkl"], limits: { maxRows: 5 } }),
    ).toEqual(["role: executive", "ids: record …ghijkl", "limits: max rows 5"]);
  });
  it("keeps long values readable but bounded", () => {
    const [line] = describeChange(null, { note: "x".repeat(1000) });
    expect(line).toHaveLength("note: ".length + 300);
    expect(line!.endsWith("…")).toBe(true);
  });
  it("writes a plain value as such", () => {
    expect(describeChange(null, 5)).toEqual(["5"]);
    expect(describeChange(null, null)).toEqual([]);
  });
});

describe("recordLabel", () => {
  it("names the record by its name, label or email", () => {
    expect(recordLabel("cmxctgg6h0000abcdefghijkl", null, { email: "a@b.c" })).toBe("a@b.c");
    expect(recordLabel("cmxctgg6h0000abcdefghijkl", { name: "Acme" }, { status: "x" })).toBe("Acme");
  });
  it("shortens a bare record id to a reference that is not the id", () => {
    expect(recordLabel("cmxctgg6h0000abcdefghijkl", null, null)).toBe("…ghijkl");
    expect(recordLabel("42", null, null)).toBe("42");
    expect(recordLabel("b1f3867856034493ab7c90be4098a4c3", null, null)).toBe("…98a4c3");
  });
});
