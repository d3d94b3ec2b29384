import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ftmDate, ftmOwnershipRecords, ftmPercent } from "./ftm-ownership";

const fixture = fs.readFileSync(path.join(process.cwd(), "tests/fixtures/ownership/ownership.ftm.json"), "utf8");
const lines = (text: string) => text.split("\n").map((line, i) => ({ row: i + 1, line }));

describe("FollowTheMoney Ownership records", () => {
  const r = ftmOwnershipRecords(lines(fixture));
  it("resolves owner and asset by id, in any order, and nested owners", () => {
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.ownerName, x.ownerCountry, x.ownedName, x.ownedCountry, x.shareBp, x.asOf])).toEqual(
      [
        ["Megvii Technology Limited", "CN", "Rheinland Vision GmbH", "DE", 6000, "2024-01-01"],
        ["Hangzhou Lakeview Retail Systems Co., Ltd.", "CN", "Lakeview Europe Holding B.V.", "NL", 10000, "2020-01-01"],
      ],
    );
    expect(r.records[0]).toMatchObject({
      rowNumber: 2,
      ownerKey: "name:megvii technology limited|CN",
      ownedKey: "name:rheinland vision gmbh|DE",
      relation: "direct",
      source: "https://example.org/invented-for-tests",
      endDate: null,
    });
  });
  it("skips, and counts, records without a single percentage or a named owner", () => {
    expect([...r.skipped]).toEqual([
      ["it has no single percentage held", 1],
      ["its owner or asset is not an entity with a name in the file", 1],
    ]);
  });
  it("a line that is not JSON is a problem with its line number", () => {
    const bad = ftmOwnershipRecords(lines('{"id": "a", "schema": "Company", "properties": {}}\nnot json'));
    expect(bad.problems).toEqual([
      { row: 2, column: "(line)", value: "not json", expected: "one FollowTheMoney entity as JSON per line" },
    ]);
  });
  it("partial dates are read as their first day; ranges are not percentages", () => {
    expect(ftmDate("2019")).toBe("2019-01-01");
    expect(ftmDate("2019-05")).toBe("2019-05-01");
    expect(ftmDate("2019-05-17T00:00:00")).toBe("2019-05-17");
    expect(ftmDate("May 2019")).toBeUndefined();
    expect(ftmPercent("60.5 %")).toBe(60.5);
    expect(ftmPercent("25-50%")).toBeUndefined();
    expect(ftmPercent("0")).toBeUndefined();
  });
});
