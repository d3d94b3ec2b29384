import { describe, expect, it } from "vitest";
import { changedStatuses, statusChanges } from "./changes";
import type { DiffEntry } from "../lists/diff";

const entry = (entryKey: string, name: string, licensePolicy = "Presumption of denial."): DiffEntry => ({
  entryKey,
  contentHash: entryKey + licensePolicy,
  sourceCode: "EL",
  name,
  altNames: null,
  addresses: null,
  licenseRequirement: null,
  licensePolicy,
});

describe("statusChanges", () => {
  const diff = {
    added: [entry("EL|acme|CN", "Acme Co")],
    removed: [entry("EL|old|RU", "Old LLC")],
    changed: [
      {
        before: entry("EL|dahua|CN", "Dahua"),
        after: entry("EL|dahua|CN", "Dahua", "Case-by-case."),
        changes: [{ field: "licensePolicy" as const, before: "Presumption of denial.", after: "Case-by-case." }],
      },
    ],
    unchanged: 10,
  };
  it("lists parties whose status changed with the diff entry that caused it", () => {
    const before = [
      { partyId: "p1", partyName: "Acme", status: "clear" as const, entryKeys: [] },
      { partyId: "p2", partyName: "Old", status: "match" as const, entryKeys: ["EL|old|RU"] },
    ];
    const after = [
      { partyId: "p1", partyName: "Acme", status: "match" as const, entryKeys: ["EL|acme|CN"] },
      { partyId: "p2", partyName: "Old", status: "clear" as const, entryKeys: [] },
    ];
    expect(statusChanges(before, after, diff)).toEqual([
      {
        partyId: "p1",
        partyName: "Acme",
        before: "clear",
        after: "match",
        causes: [{ entryKey: "EL|acme|CN", listedName: "Acme Co", change: "added", fields: [] }],
      },
      {
        partyId: "p2",
        partyName: "Old",
        before: "match",
        after: "clear",
        causes: [{ entryKey: "EL|old|RU", listedName: "Old LLC", change: "removed", fields: [] }],
      },
    ]);
  });
  it("leaves out parties whose status did not change, even when their hits did", () => {
    const p = { partyId: "p3", partyName: "Dahua Tech", status: "match" as const, entryKeys: ["EL|dahua|CN"] };
    expect(statusChanges([p], [p], diff)).toEqual([]);
  });
  it("says the scoring changed when no list entry did (new thresholds)", () => {
    const r = statusChanges([{ partyId: "p4", partyName: "X", status: "review", entryKeys: ["EL|x|CN"] }], [], null);
    expect(r[0]?.causes[0]?.change).toBe("scoring");
  });
  it("gives the same changes without causes when no diff is wanted, most severe first", () => {
    const before = [
      { partyId: "p1", partyName: "Zeta", status: "clear" as const, entryKeys: [] },
      { partyId: "p2", partyName: "Beta", status: "clear" as const, entryKeys: [] },
      { partyId: "p3", partyName: "Alpha", status: "match" as const, entryKeys: ["EL|a|CN"] },
    ];
    const after = [
      { partyId: "p1", partyName: "Zeta", status: "match" as const, entryKeys: ["EL|z|CN"] },
      { partyId: "p2", partyName: "Beta", status: "review" as const, entryKeys: ["EL|b|CN"] },
      { partyId: "p3", partyName: "Alpha", status: "match" as const, entryKeys: ["EL|a|CN"] },
    ];
    expect(changedStatuses(before, after)).toEqual([
      { partyId: "p1", partyName: "Zeta", before: "clear", after: "match" },
      { partyId: "p2", partyName: "Beta", before: "clear", after: "review" },
    ]);
    expect(statusChanges(before, after, null).map(({ causes: _c, ...c }) => c)).toEqual(changedStatuses(before, after));
  });
});
