import { describe, expect, it } from "vitest";
import { describeDiff, diffRegulations, isEmptyDiff, structuralProblems } from "./diff";
import type { CclEntry, ChartRow, RegulationVersion } from "./types";

const row = (country: string, marks: ChartRow["marks"], footnotes: string[] = []): ChartRow => ({
  country,
  name: country,
  marks,
  footnotes,
  pointer: null,
});
const entry = (eccn: string, reasons: CclEntry["reasons"]): CclEntry => ({
  eccn,
  heading: `${eccn} heading`,
  reasons,
  otherRequirements: [],
  lvs: "N/A",
  gbs: "N/A",
  otherExceptions: [],
});

function version(id: string, over: Partial<RegulationVersion> = {}): RegulationVersion {
  return {
    id,
    origin: { kind: "ecfr", url: "http://x", retrievedAt: `${id}T00:00:00Z` },
    countryChart: {
      rows: { CN: row("CN", ["NS1", "NS2", "AT1"]), DE: row("DE", ["NS1"], ["3"]), AE: row("AE", ["NS1"]) },
    },
    ccl: {
      "3A001": entry("3A001", [{ column: "NS1", appliesTo: "entire entry" }]),
      "5A002": entry("5A002", [{ column: "NS1", appliesTo: "entire entry" }]),
    },
    licenceExceptions: [{ symbols: ["LVS"], section: "740.3", title: "Shipments of limited value (LVS)" }],
    countryGroups: { "A:5": ["DE"], "D:5": ["CN"] },
    ...over,
  };
}

describe("the diff of two versions", () => {
  it("is empty between equal versions", () => {
    expect(isEmptyDiff(diffRegulations(version("2026-01-01"), version("2026-02-01")))).toBe(true);
  });
  it("does not see a change in the order of an object's keys (as PostgreSQL's jsonb returns them)", () => {
    const a = version("2026-01-01");
    a.ccl["3A001"]!.otherExceptions = [{ symbol: "ENC", text: "Yes" }];
    const b = structuredClone(a);
    b.ccl["3A001"]!.otherExceptions = [{ text: "Yes", symbol: "ENC" }];
    expect(isEmptyDiff(diffRegulations(a, b))).toBe(true);
  });
  it("names the rows, reasons, exceptions and groups that changed", () => {
    const before = version("2026-01-01");
    const after = version("2026-07-10", {
      countryChart: {
        rows: {
          CN: row("CN", ["NS1", "NS2", "RS1", "AT1"]),
          DE: row("DE", ["NS1"], ["3", "4"]),
          MO: row("MO", ["NS1"]),
        },
      },
      ccl: {
        "3A001": entry("3A001", [{ column: "NS2", appliesTo: "entire entry" }]),
        "3A090": entry("3A090", [{ column: "AT1", appliesTo: "entire entry" }]),
      },
      licenceExceptions: [{ symbols: ["GBS"], section: "740.4", title: "GBS" }],
      countryGroups: { "A:5": ["AE", "DE"], "D:5": ["CN"] },
    });
    const d = diffRegulations(before, after);
    expect(d.chart).toEqual({
      added: ["MO"],
      removed: ["AE"],
      changed: [
        { country: "CN", marksAdded: ["RS1"], marksRemoved: [] },
        { country: "DE", marksAdded: [], marksRemoved: [], footnotes: { before: ["3"], after: ["3", "4"] } },
      ],
    });
    expect(d.ccl).toEqual({
      added: ["3A090"],
      removed: ["5A002"],
      changed: [
        { eccn: "3A001", reasonsAdded: ["NS2: entire entry"], reasonsRemoved: ["NS1: entire entry"], textChanged: [] },
      ],
    });
    expect(d.licenceExceptions).toEqual({ added: ["GBS (740.4)"], removed: ["LVS (740.3)"] });
    expect(d.countryGroups.changed).toEqual([{ group: "A:5", added: ["AE"], removed: [] }]);
    expect(describeDiff(d)).toEqual([
      "Country Chart rows added: MO",
      "Country Chart rows removed: AE",
      "Country Chart CN: X added in RS1",
      "Country Chart DE: footnotes 3 -> 3 4",
      "ECCNs added: 3A090",
      "ECCNs removed: 5A002",
      "3A001: reasons added: NS2: entire entry; reasons removed: NS1: entire entry",
      "licence exceptions added: GBS (740.4)",
      "licence exceptions removed: LVS (740.3)",
      "Country Group A:5: added AE",
    ]);
  });
});

describe("the structural-change detector", () => {
  it("passes an ordinary amendment", () => {
    expect(structuralProblems(version("2026-02-01"), version("2026-01-01"))).toEqual([]);
  });
  it("quarantines an empty table", () => {
    expect(structuralProblems(version("2026-02-01", { ccl: {} }), null)).toEqual([
      "CCL entries: none parsed (an empty table)",
    ]);
  });
  it("quarantines a table that shrinks by more than a tenth, but not by exactly a tenth", () => {
    const ten = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`C${i}`, row(`C${i}`, ["AT1"])]));
    const nine = Object.fromEntries(Object.entries(ten).slice(0, 9));
    const eight = Object.fromEntries(Object.entries(ten).slice(0, 8));
    const prev = version("2026-01-01", { countryChart: { rows: ten } });
    expect(structuralProblems(version("2026-02-01", { countryChart: { rows: nine } }), prev)).toEqual([]);
    expect(structuralProblems(version("2026-02-01", { countryChart: { rows: eight } }), prev)).toEqual([
      "Country Chart rows: 8 against 10 in 2026-01-01 (a drop of more than 10 %)",
    ]);
  });
  it("quarantines a Country Group gone and passes on the parser's issues", () => {
    const next = version("2026-02-01", { countryGroups: { "A:5": ["DE"], "D:1": ["CN"] } });
    expect(
      structuralProblems(next, version("2026-01-01"), [{ part: "738", message: "Country Chart columns missing: AT2" }]),
    ).toEqual(["part 738: Country Chart columns missing: AT2", "Country Groups missing: D:5"]);
  });
});
