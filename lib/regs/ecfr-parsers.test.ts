import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCountryChart } from "./ecfr-738";
import { parseCountryGroups, parseLicenceExceptions } from "./ecfr-740";
import { countryCodeOf } from "./ecfr-country-names";
import { readTable } from "./ecfr-tables";
import { EcfrParseError, parseXml } from "./ecfr-xml";
import { ecfrPartUrl, regulationFromEcfr } from "./ecfr-version";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "fixtures", name), "utf8");

describe("the XML reader", () => {
  it("reads elements, attributes, entities and CDATA", () => {
    const el = parseXml(`<?xml version="1.0"?><A x="1 &amp; 2"><B>a &#167; b&lt;</B><![CDATA[<raw>]]><C/></A>`);
    expect(el.attrs.x).toBe("1 & 2");
    expect(el.children[0]).toMatchObject({ name: "B", children: ["a § b<"] });
    expect(el.children[1]).toBe("<raw>");
  });
  it("names the element a cut-short document stops in", () => {
    expect(() => parseXml("<DIV5><DIV9><TABLE>", "part 738")).toThrow(/part 738: <TABLE> is never closed/);
    try {
      parseXml("<DIV5><P></DIV5>");
    } catch (e) {
      expect(e).toBeInstanceOf(EcfrParseError);
      expect((e as EcfrParseError).element).toBe("P");
    }
  });
  it("refuses an empty document", () => {
    expect(() => parseXml("  ", "part 740")).toThrow("part 740: no root element (empty document)");
  });
  it("reads a GPO bulk GPOTABLE like a versioner TABLE", () => {
    const t = readTable(
      parseXml(
        `<GPOTABLE COLS="3"><BOXHD><CHED H="1">Country</CHED><CHED H="1">CB 1</CHED><CHED H="1">CB 2</CHED></BOXHD><ROW><ENT>Canada</ENT><ENT>X</ENT><ENT/></ROW></GPOTABLE>`,
      ),
    );
    expect(t.head[0]!.map((c) => c.children.join(""))).toEqual(["Country", "CB 1", "CB 2"]);
    expect(t.rows[0]!.map((c) => c.children.join(""))).toEqual(["Canada", "X", ""]);
  });
});

describe("country names as the eCFR prints them", () => {
  it.each([
    ["Korea, South", "KR"],
    ["Korea, North", "KP"],
    ["Burma", "MM"],
    ["Macau", "MO"],
    ["China (PRC)", "CN"],
    ["China", "CN"],
    ["Bahamas, The", "BS"],
    ["The Bahamas", "BS"],
    ["Congo (Democratic Republic of the)", "CD"],
    ["Congo (Republic of the)", "CG"],
    ["St. Kitts and Nevis", "KN"],
    ["Saint Kitts & Nevis", "KN"],
    ["Seycheles", "SC"],
    ["Cote d'lvoire", "CI"],
    ["Türkiye", "TR"],
    ["Germany", "DE"],
  ])("%s is %s", (name, code) => expect(countryCodeOf(name)).toBe(code));
  it("knows no made-up country", () => expect(countryCodeOf("Freedonia")).toBeNull());
});

describe("Supp. No. 1 to part 738 (fixture of twelve rows as the eCFR prints them on 2026-07-23)", () => {
  const parsed = parseCountryChart(parseXml(fixture("ecfr-738-fixture.xml")));
  it("reads all sixteen columns and every row, keyed by ISO code", () => {
    expect(parsed.columns).toEqual([
      "CB1",
      "CB2",
      "CB3",
      "NP1",
      "NP2",
      "NS1",
      "NS2",
      "MT1",
      "RS1",
      "RS2",
      "FC1",
      "CC1",
      "CC2",
      "CC3",
      "AT1",
      "AT2",
    ]);
    expect(parsed.issues).toEqual([]);
    expect(Object.keys(parsed.chart.rows).sort()).toEqual([
      "AE",
      "AF",
      "AL",
      "CA",
      "CN",
      "CU",
      "DE",
      "IR",
      "KP",
      "KR",
      "MO",
      "RU",
    ]);
  });
  it("reads a row's marks and footnotes (Korea, South: CB 1, NS 1, MT 1, RS 1; footnotes 3 and 4)", () => {
    expect(parsed.chart.rows.KR).toEqual({
      country: "KR",
      name: "Korea, South",
      marks: ["CB1", "NS1", "MT1", "RS1"],
      footnotes: ["3", "4"],
      pointer: null,
    });
    expect(parsed.chart.rows.CA!.marks).toEqual(["CB1", "FC1"]);
    expect(parsed.chart.rows.RU!.marks).toEqual([
      "CB1",
      "CB2",
      "CB3",
      "NP1",
      "NP2",
      "NS1",
      "NS2",
      "MT1",
      "RS1",
      "RS2",
      "CC1",
      "CC2",
    ]);
    expect(parsed.chart.rows.RU!.footnotes).toEqual(["6"]);
  });
  it("reads an embargoed destination's row as a pointer without marks (North Korea: 742.19 and 746.4)", () => {
    expect(parsed.chart.rows.KP).toEqual({
      country: "KP",
      name: "Korea, North",
      marks: [],
      footnotes: ["1"],
      pointer:
        "See Sections 742.19 and 746.4 of the EAR to determine whether a license is required in order to export or reexport to this destination.",
    });
    expect(parsed.chart.rows.CU!.pointer).toMatch(/^See part 746 of the EAR/);
  });
  it("reports a missing column as a structural issue, not a silent gap", () => {
    const without = fixture("ecfr-738-fixture.xml").replace('<TH class="center">AT 2</TH>', "<TH></TH>");
    expect(parseCountryChart(parseXml(without)).issues).toEqual([
      { part: "738", message: "Country Chart columns missing: AT2" },
    ]);
  });
  it("reports a row whose country it cannot name", () => {
    const renamed = fixture("ecfr-738-fixture.xml").replace(">Canada<", ">Freedonia<");
    const p = parseCountryChart(parseXml(renamed));
    expect(p.issues).toEqual([
      { part: "738", message: 'Country Chart row "Freedonia" is not a country this product knows' },
    ]);
    expect(p.chart.rows.CA).toBeUndefined();
  });
  it("reads a chart split into two tables with the header repeated", () => {
    const xml = fixture("ecfr-738-fixture.xml");
    const head = xml.slice(xml.indexOf("<THEAD>"), xml.indexOf("</THEAD>") + "</THEAD>".length);
    const split = xml.replace(
      '<TR><TD class="left">Germany',
      `</TBODY></TABLE><TABLE>${head}<TBODY><TR><TD class="left">Germany`,
    );
    expect(split.match(/<TABLE/g)).toHaveLength(2);
    const p = parseCountryChart(parseXml(split));
    expect(p.issues).toEqual([]);
    expect(p.chart).toEqual(parsed.chart);
  });
  it("names the missing supplement", () => {
    expect(() => parseCountryChart(parseXml(`<DIV5 N="738"><DIV8 N="738.1"/></DIV5>`))).toThrow(
      /no Supplement No. 1 to Part 738/,
    );
  });
});

describe("part 740 (fixture: seven sections, twelve countries of the Country Group tables as on 2026-07-23)", () => {
  const doc = parseXml(fixture("ecfr-740-fixture.xml"));
  it("reads each licence exception's section, symbols and title, skipping 740.1 and 740.2", () => {
    expect(parseLicenceExceptions(doc)).toEqual([
      { symbols: ["LVS"], section: "740.3", title: "Shipments of limited value (LVS)" },
      { symbols: ["GBS"], section: "740.4", title: "Shipments to Country Group B countries (GBS)" },
      {
        symbols: ["NAC", "ACA"],
        section: "740.8",
        title: "Notified Advanced Computing (NAC) and Advanced Computing Authorized (ACA)",
      },
      { symbols: ["ENC"], section: "740.17", title: "Encryption commodities, software, and technology (ENC)" },
      { symbols: ["HBM"], section: "740.25", title: "License Exception High Bandwidth Memory (HBM)" },
    ]);
  });
  it("reads the groups' members as ISO codes (Macau is in D:1, D:3, D:4 but not D:5; Cyprus in A:3, A:4, A:6)", () => {
    const { groups, issues } = parseCountryGroups(doc);
    expect(issues).toEqual([]);
    expect(Object.keys(groups)).toEqual([
      "A:1",
      "A:2",
      "A:3",
      "A:4",
      "A:5",
      "A:6",
      "B",
      "D:1",
      "D:2",
      "D:3",
      "D:4",
      "D:5",
      "E:1",
      "E:2",
    ]);
    expect(groups["D:5"]).toEqual(["AF", "CN", "CU", "IR", "KP", "RU"]);
    expect(groups["D:1"]).toEqual(["CN", "KP", "MO", "RU"]);
    expect(groups["A:5"]).toEqual(["AE", "CA", "DE"]);
    expect(groups["A:6"]).toEqual(["AL", "CY"]);
    expect(groups["E:1"]).toEqual(["IR", "KP"]);
    expect(groups["E:2"]).toEqual(["CU"]);
    expect(groups.B).toEqual(["AE", "AF", "AL", "CA", "CY", "DE"]);
  });
});

it("a Country Group table gone is a structural issue (Country Group E)", () => {
  const xml = fixture("ecfr-740-fixture.xml");
  const withoutE = xml.slice(0, xml.indexOf("<HD1>Country Group E</HD1>")) + "</DIV9></DIV5>";
  expect(parseCountryGroups(parseXml(withoutE)).issues).toEqual([
    { part: "740", message: "Country Groups not found: E:1, E:2" },
  ]);
});

describe("a whole version from the three parts", () => {
  it("builds the RegulationVersion with its eCFR origin and names the part a parse fails in", () => {
    const ccl = `<DIV9 N="Supplement No. 1 to Part 774"><FP-2><B>5A992 Equipment not controlled by 5A002</B></FP-2><FP-1><I>Reason for Control:</I> AT</FP-1><TABLE><TR><TH>Control(s)</TH><TH>Country chart</TH></TR><TR><TD>AT applies to entire entry</TD><TD>AT Column 1.</TD></TR></TABLE></DIV9>`;
    const xml = { "738": fixture("ecfr-738-fixture.xml"), "740": fixture("ecfr-740-fixture.xml"), "774": ccl };
    const url = ecfrPartUrl("https://www.ecfr.gov/", "2026-07-23", "738");
    expect(url).toBe("https://www.ecfr.gov/api/versioner/v1/full/2026-07-23/title-15.xml?part=738");
    const { version, issues } = regulationFromEcfr(xml, {
      date: "2026-07-23",
      url,
      retrievedAt: "2026-07-24T00:00:00Z",
    });
    expect(issues).toEqual([]);
    expect(version.id).toBe("2026-07-23");
    expect(version.ccl["5A992"]!.reasons).toEqual([{ column: "AT1", appliesTo: "entire entry" }]);
    expect(() =>
      regulationFromEcfr({ ...xml, "740": "<DIV5><DIV9>" }, { date: "2026-07-23", url, retrievedAt: "x" }),
    ).toThrow(/^part 740: <DIV9> is never closed/);
  });
});
