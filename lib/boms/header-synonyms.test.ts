import fs from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { kindFields } from "../imports/kinds";
import { suggestFieldMapping } from "../imports/mapping";
import { bomRecord } from "../imports/records";
import { bomFields, bomHeaderAliases, normaliseHeader } from "./columns";
import { bomHeaderSynonyms } from "./header-synonyms";

const mapped = (header: string[]) => suggestFieldMapping(kindFields.bom, header);

describe("BOM header synonyms", () => {
  it.each([
    [
      "French",
      ["Repère", "Quantité", "Fabricant", "Référence fabricant", "Désignation", "Prix unitaire", "Devise"],
      { reference: 0, quantity: 1, manufacturer: 2, mpn: 3, value: 4, unitPrice: 5, currency: 6 },
    ],
    [
      "German",
      ["Referenz", "Menge", "Hersteller", "Herstellerteilenummer", "Beschreibung", "Stückpreis", "Währung"],
      { reference: 0, quantity: 1, manufacturer: 2, mpn: 3, description: 4, unitPrice: 5, currency: 6 },
    ],
    [
      "Chinese",
      ["位号", "数量", "制造商", "制造商料号", "描述", "单价", "币种"],
      { reference: 0, quantity: 1, manufacturer: 2, mpn: 3, description: 4, unitPrice: 5, currency: 6 },
    ],
    ["accents and case dropped", ["REPERE", "QUANTITE", "Ref. fabricant"], { reference: 0, quantity: 1, mpn: 2 }],
  ])("maps %s headers", (_, header, expected) => {
    expect(mapped(header)).toEqual(expected);
  });

  it("reads KiCad's English Designation column as the part's value", () => {
    expect(mapped(["Id", "Designator", "Footprint", "Quantity", "Designation"])).toEqual({
      reference: 1,
      quantity: 3,
      value: 4,
    });
  });

  it("gives no synonym to two fields (a header would feed both)", () => {
    const owner = new Map<string, string>();
    for (const field of bomFields)
      for (const alias of bomHeaderAliases[field]) {
        const key = normaliseHeader(alias);
        expect(owner.get(key) ?? field, `"${alias}" is an alias of ${owner.get(key)} and ${field}`).toBe(field);
        owner.set(key, field);
      }
  });

  it("includes every language's synonyms in the aliases", () => {
    for (const lang of Object.values(bomHeaderSynonyms))
      for (const [field, names] of Object.entries(lang))
        expect(bomHeaderAliases[field as keyof typeof bomHeaderAliases]).toEqual(expect.arrayContaining([...names]));
  });
});

describe("the team's language fixtures read as BOM lines", () => {
  it.each([
    ["tests/fixtures/bom-french.csv", ";"],
    ["tests/fixtures/bom-german.csv", ";"],
    ["tests/fixtures/bom-chinese.csv", ","],
  ])("%s", (file, delimiter) => {
    const rows = Papa.parse<string[]>(fs.readFileSync(file, "utf8"), { delimiter, skipEmptyLines: true }).data;
    const header = rows[0]!;
    const records = rows.slice(1).map((r, i) => bomRecord(r, i + 2, header, mapped(header)));
    expect(records.flatMap((r) => r.problems)).toEqual([]);
    expect(records[1]!.record).toMatchObject({ mpn: "KX9910B-ABC", manufacturer: "Acme Semi", quantity: 1 });
    expect(records[0]!.record?.references).toHaveLength(2);
  });
});
