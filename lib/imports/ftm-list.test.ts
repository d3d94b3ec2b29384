import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect";
import { ftmListRecords } from "./ftm-list";

const fixture = fs.readFileSync("tests/fixtures/ftm/parties.ftm.json", "utf8");
const lines = (text: string) => text.split("\n").map((line, i) => ({ row: i + 1, line }));

describe("FollowTheMoney entities as a list", () => {
  it("party entities become entries with every name, alias and previous name; a weak alias is review-only", () => {
    const { entries, problems, skipped } = ftmListRecords(lines(fixture));
    expect(problems).toEqual([]);
    expect([...skipped]).toEqual([
      ["Sanction is not a party", 1],
      ["Address is not a party", 1],
    ]);
    expect(entries.map((e) => [e.rowNumber, e.name, e.sourceCode])).toEqual([
      [1, "Blue Lotus Microwave Co., Ltd.", "FTM"],
      [3, "Ivan Testovich Petrov", "FTM"],
    ]);
    expect(entries[0]!.aliases).toEqual([
      { name: "蓝莲花微波有限公司", kind: "alias" },
      { name: "Blue Lotus RF", kind: "alias" },
      { name: "Lotus Microwave Works", kind: "alias" },
      { name: "BLM", kind: "acronym" },
    ]);
    expect(entries[0]!.addressRows.map((a) => a.country)).toEqual(["CN"]);
    expect(entries[0]!.remarks).toBe("FtM id test-co-lotus; datasets: test_invented");
    // "zz" (no country) is not a country
    expect(entries[1]!.addressRows.map((a) => a.country)).toEqual(["RU"]);
  });

  it("a line that is not an entity, or a party without a name, is a problem at its line", () => {
    const { problems } = ftmListRecords(
      lines('{"id": "x", "schema": "Company", "properties": {"name": []}}\nnot json\n{"schema": 3}'),
    );
    expect(problems).toEqual([
      { row: 1, column: "properties.name", value: "", expected: "at least one name" },
      { row: 2, column: "(line)", value: "not json", expected: "one JSON object per line" },
      {
        row: 3,
        column: "(line)",
        value: '{"schema": 3}',
        expected: 'a FollowTheMoney entity: {"id", "schema", "properties"}',
      },
    ]);
  });

  it("is detected as a list when it holds no Ownership records, and as ownership when it does", () => {
    expect(detectFormat(fixture, [], "parties.ftm.json")).toMatchObject({ kind: "list", format: "ftm" });
    const ownership = fs.readFileSync("tests/fixtures/ownership/ownership.ftm.json", "utf8");
    expect(detectFormat(ownership, [], "ownership.ftm.json")).toMatchObject({ kind: "ownership", format: "ftm" });
  });
});
