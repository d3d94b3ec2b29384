import { describe, expect, it } from "vitest";
import { parseOtherRequirement, requirementReach } from "./other-requirements";

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

  it("a line it cannot place is 'unread', and the rule fails closed on it", () => {
    expect(reach("XX applies to entire entry => somewhere new; 799.1", "DE")).toBe("unread");
  });
});
