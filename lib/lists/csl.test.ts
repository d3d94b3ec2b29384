import { describe, expect, it } from "vitest";
import {
  acronymsInName,
  isRepeatedHeader,
  sourceCode,
  splitAddresses,
  splitAliases,
  splitFootnotes,
  toListedEntry,
} from "./csl";

describe("sourceCode", () => {
  it.each([
    ["Entity List (EL) - Bureau of Industry and Security", "EL"],
    ["Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department", "NS-MBS"],
    ["Specially Designated Nationals (SDN) - Treasury Department", "SDN"],
    ["Military End User (MEU) List - Bureau of Industry and Security", "MEU"],
  ])("%s -> %s", (source, code) => expect(sourceCode(source)).toBe(code));
});

describe("splitAliases", () => {
  it("drops the 'and ' of the last alias and its full stop", () => {
    expect(
      splitAliases(
        "Hebei Semiconductor Research Institute; HSRI; Hebei Semiconductor; and CETC Research Institute 13.",
      ),
    ).toEqual(["Hebei Semiconductor Research Institute", "HSRI", "Hebei Semiconductor", "CETC Research Institute 13"]);
  });
  it("returns nothing for an empty field", () => expect(splitAliases(null)).toEqual([]));
});

describe("acronymsInName", () => {
  it("treats a parenthesised acronym as an alias", () =>
    expect(acronymsInName("National University of Defense Technology (NUDT)")).toEqual(["NUDT"]));
  it("keeps acronyms with digits", () =>
    expect(acronymsInName("China Electronics Technology Group Corporation 13th Research Institute (CETC 13)")).toEqual([
      "CETC 13",
    ]));
  it("ignores parenthesised words that are not acronyms, and two-letter places", () => {
    expect(acronymsInName("Garden Road (Metro West)")).toEqual([]);
    expect(acronymsInName("Sur-Link International (HK) Ltd.")).toEqual([]);
  });
});

describe("splitAddresses", () => {
  it("keeps '; and' inside one street as one address (CETC 13)", () => {
    const rows = splitAddresses(
      "113 Hezuo Road, Shijiazhuang, Hebei, China; and 21 Changsheng Street, Shijiazhuang, Hebei, China; and 21 Changsheng Road, Shijiazhuang, Hebei, China, Shijiazhuang, Hebei Province, CN",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.country).toBe("CN");
    expect(rows[0]!.city).toBe("Hebei Province");
  });
  it("gives each address its own country (HK and RU on one row)", () => {
    const rows = splitAddresses("Room 5, Tsim Sha Tsui, HK; 12 Lenina, Yekaterinburg, RU");
    expect(rows.map((r) => r.country)).toEqual(["HK", "RU"]);
    expect(rows[1]).toEqual({
      street: "12 Lenina",
      city: "Yekaterinburg",
      country: "RU",
      raw: "12 Lenina, Yekaterinburg, RU",
    });
  });
  it("accepts a country-only address", () =>
    expect(splitAddresses("CN")).toEqual([{ street: null, city: null, country: "CN", raw: "CN" }]));
});

describe("splitFootnotes", () => {
  it("strips a footnote glued after the closing parenthesis", () => {
    expect(splitFootnotes("For all items subject to the EAR. (See §§ 734.9(e) and 744.11 of the EAR)4")).toEqual({
      text: "For all items subject to the EAR. (See §§ 734.9(e) and 744.11 of the EAR)",
      footnotes: "4",
    });
  });
  it("strips a footnote glued after a comma", () => {
    expect(
      splitFootnotes("For all items subject to the EAR. (See §§ 734.9(g),3 746.8(a)(3), and 744.21(b) of the EAR)"),
    ).toEqual({
      text: "For all items subject to the EAR. (See §§ 734.9(g), 746.8(a)(3), and 744.21(b) of the EAR)",
      footnotes: "3",
    });
  });
  it("leaves text without footnotes alone", () =>
    expect(splitFootnotes("For all items subject to the EAR.")).toEqual({
      text: "For all items subject to the EAR.",
      footnotes: null,
    }));
});

describe("toListedEntry", () => {
  const record = {
    _id: "f6ef",
    source: "Entity List (EL) - Bureau of Industry and Security",
    name: "National University of Defense Technology (NUDT)  ",
    addresses: "109 Deya Road, Kaifu District, Changsha City, Hunan Province, CN",
    alt_names: "Central South CAD Center; CSCC",
    license_requirement: "For all items subject to the EAR. (See §§ 734.9(e) and 744.11 of the EAR)4",
    license_policy: "Presumption of denial.",
    start_date: "2015-02-18",
  };
  it("maps by header name, trims values and splits aliases, acronyms and addresses", () => {
    const e = toListedEntry(record, 7);
    expect(e).toMatchObject({
      rowNumber: 7,
      externalId: "f6ef",
      sourceCode: "EL",
      name: "National University of Defense Technology (NUDT)",
      footnotes: "4",
      licensePolicy: "Presumption of denial.",
      startDate: "2015-02-18",
      ids: null,
      entryKey: "EL|national university of defense technology nudt|CN",
    });
    expect(e.aliases).toEqual([
      { name: "Central South CAD Center", kind: "alias" },
      { name: "CSCC", kind: "alias" },
      { name: "NUDT", kind: "acronym" },
    ]);
  });
  it("changes the content hash when the licence policy changes, but not the key", () => {
    const a = toListedEntry(record, 1);
    const b = toListedEntry({ ...record, license_policy: "Case-by-case." }, 1);
    expect(b.entryKey).toBe(a.entryKey);
    expect(b.contentHash).not.toBe(a.contentHash);
  });
  it("recognises the header repeated mid-file", () => {
    expect(isRepeatedHeader({ source: "source", name: "name" })).toBe(true);
    expect(isRepeatedHeader(record)).toBe(false);
  });
});

describe("the shipped Entity List facts", () => {
  it("give Huawei's entry its footnote 1 (the foreign direct product rule of 734.9(e)(1))", async () => {
    const { readFactsList } = await import("./shipped-list");
    const huawei = readFactsList("data").entries.find(
      (e) => e.sourceCode === "EL" && e.name === "Huawei Technologies Co., Ltd.",
    );
    expect(huawei).toMatchObject({
      footnotes: "1",
      licenseRequirement: "For all items subject to the EAR. (See §§ 734.9(e)(1) and 744.11 of the EAR)",
    });
  });
});
