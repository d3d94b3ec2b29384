import { describe, expect, it } from "vitest";
import { ownershipRecord, statementKey } from "./ownership-record";

const header = [
  "owner",
  "owner_country",
  "owned",
  "owned_country",
  "percent",
  "direct/indirect",
  "source",
  "as_of",
  "until",
];
const mapping = {
  owner: 0,
  ownerCountry: 1,
  owned: 2,
  ownedCountry: 3,
  percent: 4,
  relation: 5,
  source: 6,
  asOf: 7,
  endDate: 8,
};
const rec = (...cells: string[]) => ownershipRecord(cells, 2, header, mapping);

describe("ownership rows", () => {
  it("a row becomes a keyed statement in basis points", () => {
    const { record } = rec(
      "Megvii Technology Limited",
      "cn",
      "Rheinland Vision GmbH",
      "DE",
      "60%",
      "",
      "Register",
      "2024-01-01",
      "",
    );
    expect(record).toMatchObject({
      ownerKey: "name:megvii technology limited|CN",
      ownedKey: "name:rheinland vision gmbh|DE",
      shareBp: 6000,
      relation: "direct",
      asOf: "2024-01-01",
      endDate: null,
    });
    expect(statementKey(record!)).toBe(
      "name:megvii technology limited|CN|name:rheinland vision gmbh|DE|direct|2024-01-01",
    );
  });
  it("names each bad cell: percent over 100, unknown relation, an end before the start", () => {
    expect(rec("A", "", "B", "", "120", "partly", "", "2024-01-01", "").problems).toEqual([
      { row: 2, column: "percent", value: "120", expected: "a percentage from 0 to 100" },
      { row: 2, column: "direct/indirect", value: "partly", expected: "one of direct, indirect" },
    ]);
    expect(rec("A", "", "B", "", "10", "indirect", "", "2024-01-01", "2023-01-01").problems).toEqual([
      { row: 2, column: "until", value: "2023-01-01", expected: "a date after 2024-01-01" },
    ]);
  });
  it("a percent is required, and a company does not own itself", () => {
    expect(rec("A", "", "B", "", "", "", "", "", "").problems[0]).toMatchObject({ column: "percent" });
    expect(rec("Acme Ltd", "HK", "ACME LTD.", "hk", "10", "", "", "", "").problems[0]).toMatchObject({
      expected: "a company other than its owner",
    });
  });
});
