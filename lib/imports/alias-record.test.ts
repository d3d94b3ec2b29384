import { describe, expect, it } from "vitest";
import { aliasRecord } from "./alias-record";

const header = ["listed_entry", "alias", "script", "source"];
const mapping = { listedName: 0, alias: 1, script: 2, source: 3 };
const rec = (...cells: string[]) => aliasRecord(cells, 7, header, mapping);

describe("alias file rows", () => {
  it("a row becomes a known alias with its source", () => {
    expect(rec("Dahua Technology", "浙江大华技术股份有限公司", "hans", "https://www.dahuatech.com/")).toEqual({
      record: {
        rowNumber: 7,
        listedName: "Dahua Technology",
        alias: "浙江大华技术股份有限公司",
        script: "hans",
        source: "https://www.dahuatech.com/",
      },
      problems: [],
    });
  });

  it("a blank script is told from the alias", () => {
    expect(
      rec("Atomic Energy Organization of Iran (AEOI)", "سازمان انرژی اتمی ایران", "", "a source").record?.script,
    ).toBe("arabic");
  });

  it("a row without a source, with an unknown script or without the listed entry names each column", () => {
    expect(rec("Dahua Technology", "大华", "klingon", "").problems).toEqual([
      {
        row: 7,
        column: "script",
        value: "klingon",
        expected: "one of latin, hans, hant, han, arabic, cyrillic, hangul, other",
      },
      {
        row: 7,
        column: "source",
        value: "",
        expected: "where the alias comes from: a URL, a filing or a document (required)",
      },
    ]);
    expect(rec("", "大华", "hans", "x").problems).toEqual([
      { row: 7, column: "listed_entry", value: "", expected: "a value (this column is required)" },
    ]);
  });

  it("an alias of punctuation only, or a formula, is refused", () => {
    expect(rec("Dahua Technology", "--", "", "x").problems).toEqual([
      { row: 7, column: "alias", value: "--", expected: "a name with letters" },
    ]);
    expect(rec("Dahua Technology", "=HYPERLINK(1)", "", "x").problems[0]).toMatchObject({
      column: "alias",
      expected: "plain text, not a spreadsheet formula",
    });
  });

  it("an empty row is skipped", () => {
    expect(rec("", "", "", "")).toEqual({ record: null, problems: [] });
  });
});
