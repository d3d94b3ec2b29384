import { describe, expect, it } from "vitest";
import { parsePartyLabel, partyLabel } from "./party-label";

describe("a party's label in forms", () => {
  it("round-trips a name with its country", () => {
    const p = { name: "Shenzhen Example Co., Ltd. (Group)", country: "CN" };
    expect(parsePartyLabel(partyLabel(p))).toEqual(p);
  });
  it("reads a bare name, and keeps brackets that are not a country code", () => {
    expect(parsePartyLabel("  Acme   GmbH ")).toEqual({ name: "Acme GmbH", country: null });
    expect(parsePartyLabel("Acme (Holdings)")).toEqual({ name: "Acme (Holdings)", country: null });
  });
});
