import { describe, expect, it } from "vitest";
import { partyChange, partyFields, type PartyValues } from "./changes";

const stored: PartyValues = {
  kind: "customer",
  name: "Rheinland Automation GmbH",
  country: "DE",
  address: "Kaiserswerther Strasse 100, Duesseldorf",
  identifiers: null,
  parentName: null,
  parentCountry: null,
  externalId: null,
};
const all = new Set(partyFields);

describe("partyChange", () => {
  it("the same values are no change", () => {
    expect(partyChange(stored, { ...stored }, all)).toBeNull();
  });
  it("names only the fields that changed, with both values", () => {
    expect(partyChange(stored, { ...stored, parentName: "Shenzhen Group Ltd", parentCountry: "CN" }, all)).toEqual({
      before: { parentName: null, parentCountry: null },
      after: { parentName: "Shenzhen Group Ltd", parentCountry: "CN" },
    });
  });
  it("a column the file does not have leaves the stored value alone", () => {
    const without = new Set(partyFields.filter((f) => f !== "address"));
    expect(partyChange(stored, { ...stored, address: null }, without)).toBeNull();
  });
  it("an empty cell in a column the file has clears the value", () => {
    expect(partyChange(stored, { ...stored, address: null }, all)).toEqual({
      before: { address: "Kaiserswerther Strasse 100, Duesseldorf" },
      after: { address: null },
    });
  });
});
