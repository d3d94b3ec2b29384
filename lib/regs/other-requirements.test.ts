import { describe, expect, it } from "vitest";
import { parseOtherRequirement, requirementReach, statesARequirement } from "./other-requirements";

const d5 = (c: string) => ["CN", "RU", "IR"].includes(c);
const reach = (text: string, dest: string) => requirementReach(parseOtherRequirement(text)!, dest, d5);

describe("licence requirements outside the chart's columns", () => {
  it("reads the baseline's short form", () => {
    expect(parseOtherRequirement("NS applies to 3B002.c => Macau, D:5; 742.4(a)(4)")).toEqual({
      reason: "NS",
      appliesTo: "3B002.c",
      where: "Macau, D:5",
      citation: "742.4(a)(4)",
    });
    expect(reach("NS applies to 3B002.c => Macau, D:5; 742.4(a)(4)", "CN")).toBe("licence");
    expect(reach("NS applies to 3B002.c => Macau, D:5; 742.4(a)(4)", "MO")).toBe("licence");
    expect(reach("NS applies to 3B002.c => Macau, D:5; 742.4(a)(4)", "MY")).toBe("none");
  });

  it("reads the CCL's own words, as a loaded eCFR version carries them", () => {
    const sme =
      "NS applies to 3B002.c => To or within Macau or a destination specified in Country Group D:5 of supplement no. 1 to part 740 of the EAR. See § 742.4(a)(4) of the EAR.";
    expect(parseOtherRequirement(sme)!.citation).toBe("742.4(a)(4)");
    expect(reach(sme, "CN")).toBe("licence");
    expect(reach(sme, "DE")).toBe("none");
    expect(reach("EI applies to entire entry => Refer to § 742.15 of the EAR.", "CA")).toBe("none");
    expect(reach("EI applies to entire entry => Refer to § 742.15 of the EAR.", "DE")).toBe("licence");
    expect(
      reach(
        "RS applies to 5A992.z.1 => To or within any destination worldwide. See § 742.6(a)(6)(iii)(A) of the EAR.",
        "DE",
      ),
    ).toBe("advanced-computing");
    expect(reach("NS applies to 3B001.q => Worldwide control. See § 742.4(a)(5) and (b)(10) of the EAR.", "DE")).toBe(
      "licence",
    );
    expect(reach("UN applies to 9A991.a => See § 746.1(b) for UN controls.", "DE")).toBe("un");
    expect(
      reach(
        "RS applies to entire entry. => A license is required for items controlled by this entry for export or reexport to Pakistan or transfer within Pakistan for regional stability reasons.",
        "PK",
      ),
    ).toBe("licence");
  });

  it("reads the table cells of a loaded eCFR version, with a colon where the baseline writes =>", () => {
    // ECCN 3B001, 3A001, 3A992 and 5A002 as the eCFR's part 774 XML prints them (2026-06)
    const worldwide =
      "NS applies to 3B001.c.1.a, 3B001.c.1.c, and 3B001.q: Worldwide control. See § 742.4(a)(5) and (b)(10) of the EAR.";
    expect(parseOtherRequirement(worldwide)).toMatchObject({
      reason: "NS",
      appliesTo: "3B001.c.1.a, 3B001.c.1.c, and 3B001.q",
      citation: "742.4(a)(5)",
    });
    expect(reach(worldwide, "DE")).toBe("licence");
    const sme =
      "NS applies to 3B001.a.4, c, d, f.1, f.5, f.6, k to n, p.2, p.4, r: To or within Macau or a destination specified in Country Group D:5 of supplement no. 1 to part 740 of the EAR. See § 742.4(a)(4) of the EAR.";
    expect(reach(sme, "CN")).toBe("licence");
    expect(reach(sme, "DE")).toBe("none");
    const pakistan =
      "RS applies to entire entry.: A license is required for items controlled by this entry for export or reexport to Pakistan or transfer within Pakistan for regional stability reasons. The Commerce Country Chart is not designed to determine RS license requirements for this entry. See § 742.6(a)(12) of the EAR for additional information.";
    expect(parseOtherRequirement(pakistan)!.appliesTo).toBe("entire entry");
    expect([reach(pakistan, "PK"), reach(pakistan, "DE")]).toEqual(["licence", "none"]);
    const z =
      "RS applies to items controlled by 5A002.z.1.a, z.2.a, z.3.a, z.4.a, z.5.a: To or within any destination worldwide. See § 742.6(a)(6)(iii)(A) of the EAR.";
    expect(parseOtherRequirement(z)!.appliesTo).toBe("5A002.z.1.a, z.2.a, z.3.a, z.4.a, z.5.a");
    expect(reach(z, "DE")).toBe("advanced-computing");
    expect(reach("EI applies to entire entry: Refer to § 742.15 of the EAR.", "DE")).toBe("licence");
    const pointer =
      "See § 744.17 of the EAR for additional license requirements for microprocessors having a processing speed of 5 GFLOPS or more";
    expect(parseOtherRequirement(pointer)).toMatchObject({ reason: "See", citation: "744.17" });
    expect(reach(pointer, "CN")).toBe("none");
    // 4A001's note on its NP column is not a requirement of its own
    const np =
      "NP applies, unless a License Exception is available. See § 742.3(b) of the EAR for information on applicable licensing review policies.";
    expect(reach(np, "DE")).toBe("none");
    // destinations named in words
    const nk =
      "AT applies to entire entry: A license is required for items controlled by this entry to North Korea for anti-terrorism reasons.";
    expect([reach(nk, "KP"), reach(nk, "CN")]).toEqual(["licence", "none"]);
    const y = "RS applies to 0A606.y: China, Russia, or Venezuela (see § 742.6(a)(7)).";
    expect([reach(y, "VE"), reach(y, "DE")]).toEqual(["licence", "none"]);
    // 3E001's line for 3A090 technology reaches only exports from Macau or D:5
    const fromD5 =
      "RS applies to “technology” for commodities controlled in 3A090, when exported from Macau or a destination specified in Country Group D:5: Worldwide control. See § 742.6(a)(6)(iv) of the EAR.";
    const parsed = parseOtherRequirement(fromD5)!;
    expect(requirementReach(parsed, "CA", d5, "US")).toBe("none");
    expect(requirementReach(parsed, "CA", d5, "CN")).toBe("licence");
  });

  it("tells a note from a requirement it cannot read", () => {
    expect(
      statesARequirement("Typically commercially available GPS do not employ decryption or adaptive antenna"),
    ).toBe(false);
    expect(statesARequirement("In addition, a license is required for exports of ECCN 0A521 items")).toBe(true);
    expect(parseOtherRequirement("(1) See § 744.17 of the EAR for additional license requirements")).toMatchObject({
      reason: "See",
      citation: "744.17",
    });
  });

  it("a line it cannot place is 'unread', and the rule fails closed on it", () => {
    expect(reach("XX applies to entire entry => somewhere new; 799.1", "DE")).toBe("unread");
  });
});
