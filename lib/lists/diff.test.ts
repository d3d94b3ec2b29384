import { describe, expect, it } from "vitest";
import { diffLists, diffSummary, type DiffEntry } from "./diff";
import { qualityReasons } from "./quality";

const e = (name: string, over: Partial<DiffEntry> = {}): DiffEntry => {
  const base = {
    entryKey: `EL|${name.toLowerCase()}|CN`,
    sourceCode: "EL",
    name,
    altNames: null,
    addresses: "CN",
    licenseRequirement: "For all items subject to the EAR.",
    licensePolicy: "Presumption of denial.",
    ...over,
  };
  return {
    ...base,
    contentHash: JSON.stringify([
      base.name,
      base.altNames,
      base.addresses,
      base.licenseRequirement,
      base.licensePolicy,
    ]),
  };
};

describe("diffLists", () => {
  it("finds added, removed and changed entries, and what changed", () => {
    const before = [e("Alpha"), e("Beta"), e("Gamma", { altNames: "G1" })];
    // Alpha now has a second row (listed twice, e.g. under another policy): that row is an addition
    const after = [
      e("Alpha"),
      e("Gamma", { altNames: "G1; G2" }),
      e("Delta"),
      e("Alpha", { licensePolicy: "Case-by-case." }),
    ];
    const d = diffLists(before, after);
    expect(d.added.map((x) => x.name).sort()).toEqual(["Alpha", "Delta"]);
    expect(d.removed.map((x) => x.name)).toEqual(["Beta"]);
    expect(d.changed.map((c) => [c.after.name, c.changes.map((x) => x.field)])).toEqual([["Gamma", ["aliases"]]]);
    expect(d.changed[0]!.changes[0]).toMatchObject({ added: ["G2"], removed: [] });
    expect(diffSummary(d)).toMatchObject({ added: 2, removed: 1, changed: 1, unchanged: 1 });
  });
  it("reports a licence policy change", () => {
    const d = diffLists([e("Alpha")], [e("Alpha", { licensePolicy: "Case-by-case review." })]);
    expect(d.changed[0]!.changes).toEqual([
      { field: "licensePolicy", before: "Presumption of denial.", after: "Case-by-case review." },
    ]);
    expect(diffSummary(d).policyChanged).toBe(1);
  });
  it("follows an entry whose countries moved, or that was renamed, as a change of name or addresses", () => {
    const before = [
      e("Alpha"),
      e("Beta Tech", { altNames: "Beta" }),
      e("Gamma Ltd"),
      e("Delta"),
      e("Epsilon", { altNames: "Common" }),
    ];
    const after = [
      e("Alpha", { entryKey: "EL|alpha|HK", addresses: "HK" }), // moved to Hong Kong
      e("Beta Technology Co", { entryKey: "EL|beta technology co|CN", altNames: "Beta Tech; Beta" }), // renamed, old name kept as an alias
      e("Gamma", { entryKey: "EL|gamma|CN" }), // another entry altogether: not an alias of anything
      e("Delta", { entryKey: "EL|delta|CN", sourceCode: "SDN" }), // same name in another source list: not followed
      e("Zeta", { altNames: "Common" }), // shares only an alias with Epsilon: not the same entry
    ].map((x) => (x.sourceCode === "SDN" ? { ...x, entryKey: "SDN|delta|CN" } : x));
    const d = diffLists(before, after);
    expect(d.changed.map((c) => [c.before.name, c.after.name, c.changes.map((x) => x.field)])).toEqual([
      ["Alpha", "Alpha", ["addresses"]],
      ["Beta Tech", "Beta Technology Co", ["name", "aliases"]],
    ]);
    expect(d.removed.map((x) => x.name)).toEqual(["Gamma Ltd", "Delta", "Epsilon"]);
    expect(d.added.map((x) => x.name)).toEqual(["Gamma", "Delta", "Zeta"]);
  });
  it("follows an entry that took one of its aliases as its name", () => {
    const d = diffLists(
      [e("Hangzhou Lakeview Co", { altNames: "Lakeview Vision" })],
      [e("Lakeview Vision", { altNames: "Hangzhou Lakeview Co" })],
    );
    expect(d.changed.map((c) => c.changes.map((x) => x.field))).toEqual([["name", "aliases"]]);
    expect(diffSummary(d)).toMatchObject({ added: 0, removed: 0, changed: 1 });
  });
  it("says nothing changed for identical versions", () => {
    expect(diffSummary(diffLists([e("A"), e("B")], [e("B"), e("A")]))).toEqual({
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: 2,
      policyChanged: 0,
    });
  });
});

describe("qualityReasons", () => {
  const base = {
    format: "csl-current",
    headers: [
      "_id",
      "source",
      "entity_number",
      "type",
      "programs",
      "name",
      "title",
      "addresses",
      "federal_register_notice",
      "start_date",
      "end_date",
      "standard_order",
      "license_requirement",
      "license_policy",
      "call_sign",
      "vessel_type",
      "gross_tonnage",
      "gross_registered_tonnage",
      "vessel_flag",
      "vessel_owner",
      "remarks",
      "source_list_url",
      "alt_names",
      "citizenships",
      "dates_of_birth",
      "nationalities",
      "places_of_birth",
      "source_information_url",
      "ids",
    ],
    read: 1000,
    invalid: 0,
  };
  it("passes a normal update", () =>
    expect(qualityReasons({ ...base, previousCounts: { EL: 100, SDN: 900 }, counts: { EL: 98, SDN: 905 } })).toEqual(
      [],
    ));
  it("quarantines a whole missing source list", () => {
    expect(qualityReasons({ ...base, previousCounts: { EL: 100, SDN: 900 }, counts: { SDN: 900 } })).toEqual([
      "EL: 100 -> 0 entries (the whole source list is missing)",
    ]);
  });
  it("quarantines a drop of more than 5 %", () =>
    expect(qualityReasons({ ...base, previousCounts: { EL: 100 }, counts: { EL: 94 } })).toEqual([
      "EL: 100 -> 94 entries (-6%)",
    ]));
  it("quarantines renamed columns and too many invalid rows", () => {
    const headers = base.headers.map((h) => (h === "license_policy" ? "policy" : h));
    expect(qualityReasons({ ...base, headers, previousCounts: null, counts: {}, invalid: 20 })).toEqual([
      "columns missing or renamed: license_policy",
      "20 of 1000 rows invalid (more than 1%)",
    ]);
  });
});
