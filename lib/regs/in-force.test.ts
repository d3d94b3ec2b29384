import { describe, expect, it } from "vitest";
import { isIsoDate, versionInForce } from "./in-force";

const versions = [
  { id: "2025-01-15", status: "active" },
  { id: "2026-01-15", status: "active" },
  { id: "2026-03-01", status: "quarantined" },
  { id: "2026-05-01", status: "rejected" },
];

describe("the version in force on a date", () => {
  it("is the latest active version on or before the date", () => {
    expect(versionInForce(versions, "2026-01-15")?.id).toBe("2026-01-15");
    expect(versionInForce(versions, "2026-01-14")?.id).toBe("2025-01-15");
    expect(versionInForce(versions, "2026-12-31")?.id).toBe("2026-01-15");
  });
  it("is none before the first version (the caller uses the shipped baseline)", () => {
    expect(versionInForce(versions, "2025-01-14")).toBeNull();
  });
  it("never a quarantined or rejected one", () => {
    expect(versionInForce(versions.slice(2), "2026-12-31")).toBeNull();
  });
});

describe("an eCFR date", () => {
  it.each([
    ["2026-07-23", true],
    ["2026-02-30", false],
    ["2026-7-23", false],
    ["today", false],
  ])("%s is a date: %s", (s, ok) => expect(isIsoDate(s)).toBe(ok));
});
