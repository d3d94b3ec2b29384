import { describe, expect, it } from "vitest";
import { toListedEntry } from "./csl";
import { diffLists } from "./diff";
import { protectedChangeReasons, protectedChanges, type ProtectedHit } from "./protected-entries";

const EL = "Entity List (EL) - Bureau of Industry and Security";
const entry = (name: string, alt_names = "", addresses = "Beijing, CN", row = 1) =>
  toListedEntry({ source: EL, name, alt_names, addresses, license_policy: "Presumption of denial." }, row);

const sensetime = entry(
  "Beijing SenseTime Technology Development Co., Ltd.",
  "SenseTime; Shangtang",
  "Haidian, Beijing, CN; Pudong, Shanghai, CN",
);
const other = entry("Example Optics", "", "Moscow, RU", 2);
const hit = (over: Partial<ProtectedHit> = {}): ProtectedHit => ({
  partyName: "SenseTime (demo customer)",
  entryKey: sensetime.entryKey,
  listedName: sensetime.name,
  matchedName: "SenseTime",
  standing: "confirmed match",
  usedAddress: false,
  ...over,
});

describe("protectedChanges", () => {
  it("finds a removed entry that a stored party matches, however small the removal", () => {
    const d = diffLists([sensetime, other], [other]);
    const changes = protectedChanges(d, [hit()]);
    expect(changes.map((c) => c.change)).toEqual([
      'removes the entry "Beijing SenseTime Technology Development Co., Ltd." [EL]',
    ]);
    expect(protectedChangeReasons(changes)).toEqual([
      'touches your party "SenseTime (demo customer)": removes the entry "Beijing SenseTime Technology Development Co., Ltd." [EL] (confirmed match)',
    ]);
  });

  it("finds the alias that matched dropped from an entry that stays", () => {
    const d = diffLists(
      [sensetime],
      [entry(sensetime.name, "Shangtang", "Haidian, Beijing, CN; Pudong, Shanghai, CN")],
    );
    expect(protectedChanges(d, [hit({ standing: "open hit" })]).map((c) => c.change)).toEqual([
      'changes the entry "Beijing SenseTime Technology Development Co., Ltd." [EL]: it no longer lists "SenseTime", the name that matched',
    ]);
  });

  it("finds an address dropped only when the hit counted address evidence", () => {
    const after = entry(sensetime.name, "SenseTime; Shangtang", "Haidian, Beijing, CN");
    const d = diffLists([sensetime], [after]);
    expect(protectedChanges(d, [hit()])).toEqual([]);
    expect(protectedChanges(d, [hit({ usedAddress: true })]).map((c) => c.change)).toEqual([
      'changes the entry "Beijing SenseTime Technology Development Co., Ltd." [EL]: it drops the address "Pudong, Shanghai, CN"',
    ]);
  });

  it("lets through a rename that keeps the old name as an alias, a new alias, and changes to other entries", () => {
    const renamed = entry(
      "SenseTime Group Limited",
      "Beijing SenseTime Technology Development Co., Ltd.; SenseTime; Shangtang",
      "Haidian, Beijing, CN; Pudong, Shanghai, CN",
    );
    expect(protectedChanges(diffLists([sensetime], [renamed]), [hit({ matchedName: sensetime.name })])).toEqual([]);
    const more = entry(
      sensetime.name,
      "SenseTime; Shangtang; SenseTime HK",
      "Haidian, Beijing, CN; Pudong, Shanghai, CN",
    );
    expect(protectedChanges(diffLists([sensetime], [more]), [hit()])).toEqual([]);
    expect(protectedChanges(diffLists([sensetime, other], [sensetime]), [hit()])).toEqual([]);
  });

  it("names every party once, and keeps the reason free of the '; ' that separates reasons", () => {
    const d = diffLists([sensetime, other], []);
    const reasons = protectedChangeReasons(
      protectedChanges(d, [
        hit({ partyName: "A; B Ltd" }),
        hit({ partyName: "A; B Ltd", entryKey: other.entryKey, standing: "open hit" }),
        hit({ partyName: "C" }),
      ]),
    );
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toBe(
      'touches your party "A, B Ltd": removes the entry "Beijing SenseTime Technology Development Co., Ltd." [EL] (confirmed match), and removes the entry "Example Optics" [EL] (open hit)',
    );
    expect(reasons.join("; ").split("; ")).toHaveLength(2);
  });
});
