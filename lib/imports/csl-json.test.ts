import { describe, expect, it } from "vitest";
import { toListedEntry } from "../lists/csl";
import { cslJsonRecords } from "./csl-json";

describe("cslJsonRecords", () => {
  const record = {
    id: "abc",
    source: "Entity List (EL) - Bureau of Industry and Security",
    name: "Volga Group",
    alt_names: ["VG", "and Volga"],
    addresses: [
      { address: "3, rue de la Reine", city: "Luxembourg", postal_code: "L-2418", country: "LU" },
      { country: "RU" },
    ],
    ids: [{ type: "Passport", number: "836238033", country: "KP" }],
    programs: [],
  };
  it("reads an API response with a results array", () => {
    const [r] = cslJsonRecords(JSON.stringify({ total: 1, results: [record] }));
    expect(r).toMatchObject({
      _id: "abc",
      alt_names: "VG; and Volga",
      addresses: "3, rue de la Reine, Luxembourg, L-2418, LU; RU",
      ids: "Passport, 836238033, KP",
      programs: "",
    });
    const entry = toListedEntry(r!, 1);
    expect(entry.addressRows.map((a) => a.country)).toEqual(["LU", "RU"]);
    expect(entry.aliases.map((a) => a.name)).toEqual(["VG", "Volga"]);
  });
  it("reads a bare array", () => expect(cslJsonRecords(JSON.stringify([record]))).toHaveLength(1));
  it("reads a file that starts with a UTF-8 byte-order mark", () =>
    expect(cslJsonRecords("\uFEFF" + JSON.stringify({ results: [record] }))).toHaveLength(1));
  it("explains what it expected", () => {
    expect(() => cslJsonRecords("{")).toThrow(/not valid JSON/);
    expect(() => cslJsonRecords('{"total": 3}')).toThrow(
      'expected a JSON array of records, or an object with a "results" array',
    );
  });
  it("refuses records nested deeper than a list of text (a deep file must not overflow the stack)", () => {
    expect(() => cslJsonRecords("[".repeat(100_000) + "]".repeat(100_000))).toThrow("record 1 is not an object");
    expect(() => cslJsonRecords(JSON.stringify({ results: [{ name: "X", alt_names: [[["deep"]]] }] }))).toThrow(
      "record 1, field alt_names: expected text or a list of text, found nested lists",
    );
    expect(() => cslJsonRecords(JSON.stringify({ results: [{ name: { a: { b: 1 } } }] }))).toThrow(
      "record 1, field name: expected text or a list of text, found nested objects",
    );
  });
});
