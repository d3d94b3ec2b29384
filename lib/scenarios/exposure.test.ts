import { describe, expect, it } from "vitest";
import { exposureFromDetermination } from "./exposure";
import { project } from "./model";
import { noShock } from "../testing/scenario-examples";
import type { BomSummary } from "../rules/determine";

const summary: BomSummary = {
  lines: 41,
  byStatus: { blocked: 1, licence_required: 2, authorised: 0, needs_classification: 0, nlr: 38 },
  valueByStatus: {
    blocked: { USD: 5_000 },
    licence_required: { USD: 1_200 },
    authorised: {},
    needs_classification: {},
    nlr: { USD: 3_800 },
  },
  outcome: "blocked",
};

describe("exposureFromDetermination", () => {
  it("takes the shares of BOM value on blocked and licence-required lines, and says where they came from", () => {
    expect(exposureFromDetermination("AI camera v2", summary)).toEqual({
      blockedBp: 5000,
      licenceBp: 1200,
      source: "AI camera v2: 3 of 41 lines blocked or licence required, 62 % of BOM cost",
    });
  });
  it("feeds a hardware line's scenario: a linked BOM's exposure drives what the listing costs", () => {
    const e = exposureFromDetermination("AI camera v2", summary);
    const line = {
      id: "cam",
      name: "AI cameras",
      segment: "hardware" as const,
      revenueMinor: 1_000_000,
      costMinor: 600_000,
      growthBp: 0,
      ...e,
      exposureSource: e.source,
    };
    const p = project([line], { ...noShock, lossShare: 1 }, { periods: ["2025"], monthsPerPeriod: 12 });
    expect(p.lines[0]!.scenarioRevenue).toEqual([380_000]); // 62 % lost
  });
  it("cannot derive exposure from an unpriced BOM, and says so", () => {
    expect(
      exposureFromDetermination("X", {
        ...summary,
        valueByStatus: { blocked: {}, licence_required: {}, authorised: {}, needs_classification: {}, nlr: {} },
      }).source,
    ).toMatch(/no priced lines/);
  });
});

describe("exposureFromDeterminations", () => {
  it("adds every check in force for a line, weighted by BOM value", async () => {
    const { exposureFromDeterminations } = await import("./exposure");
    const clean: BomSummary = {
      lines: 9,
      byStatus: { blocked: 0, licence_required: 0, authorised: 0, needs_classification: 0, nlr: 9 },
      valueByStatus: {
        blocked: {},
        licence_required: {},
        authorised: {},
        needs_classification: {},
        nlr: { USD: 10_000 },
      },
      outcome: "nlr",
    };
    expect(
      exposureFromDeterminations([
        { bomName: "AI camera v2", summary },
        { bomName: "Edge box", summary: clean },
      ]),
    ).toEqual({
      blockedBp: 2500,
      licenceBp: 600,
      source:
        "AI camera v2, Edge box: 3 of 50 lines blocked or licence required, 31 % of BOM cost (weighted by BOM value)",
    });
    expect(exposureFromDeterminations([])).toBeNull();
  });
});
