import { describe, expect, it } from "vitest";
import { normalisePartyName, partyKey } from "./identity";

describe("party identity", () => {
  it("one key for spellings that differ in case, punctuation, spacing and width", () => {
    const a = partyKey({ name: "Beijing SenseTime Technology Development Co., Ltd.", country: "CN" });
    expect(a).toBe("name:beijing sensetime technology development co ltd|CN");
    expect(partyKey({ name: "  BEIJING SENSETIME  Technology Development CO LTD ", country: "cn" })).toBe(a);
    expect(partyKey({ name: "ＢＥＩＪＩＮＧ SenseTime Technology Development Co. Ltd", country: "CN" })).toBe(a);
  });
  it("the country is part of the key: the same name in two countries is two parties", () => {
    expect(partyKey({ name: "Acme GmbH", country: "DE" })).not.toBe(partyKey({ name: "Acme GmbH", country: "AT" }));
    expect(partyKey({ name: "Acme GmbH", country: null })).toBe("name:acme gmbh|");
  });
  it("an external id wins over the name, so a renamed party keeps its key", () => {
    expect(partyKey({ externalId: " CUST-0042 ", name: "Old Name Ltd", country: "GB" })).toBe("id:cust-0042");
    expect(partyKey({ externalId: "cust-0042", name: "New Name Ltd", country: "GB" })).toBe("id:cust-0042");
    expect(partyKey({ externalId: "  ", name: "New Name Ltd", country: "GB" })).toBe("name:new name ltd|GB");
  });
  it("accents and & are folded, legal forms kept", () => {
    expect(normalisePartyName("Société Générale & Cie")).toBe("societe generale and cie");
    expect(normalisePartyName("Acme Inc.")).not.toBe(normalisePartyName("Acme GmbH"));
  });
});
