import { describe, expect, it } from "vitest";
import { decodeParams, defaultParams, encodeParams, parseScenarioParams } from "./params";

describe("parseScenarioParams", () => {
  it("accepts the defaults and round-trips through a URL parameter", () => {
    expect(parseScenarioParams(defaultParams)).toEqual({ ok: true, params: defaultParams });
    expect(decodeParams(encodeParams(defaultParams))).toEqual(defaultParams);
  });
  it("refuses unknown or mistyped fields and out-of-range values, naming the field, value and range", () => {
    const r = parseScenarioParams({
      levers: { lossShare: 1.5, conversionShare: "lots", magic: 1 },
      ranges: { conversionShare: { min: 0.6, max: 0.2 } },
      seed: -1,
      colour: "red",
    });
    expect(r).toEqual({
      ok: false,
      problems: [
        'unknown field "colour" (expected levers, ranges, seed)',
        "levers.lossShare: 1.5 is outside 0 to 1 (share of exposed hardware revenue lost)",
        'levers.conversionShare: "lots" is not a number',
        "levers.magic: unknown lever",
        "ranges.conversionShare: 0.6 to 0.2 is not within 0 to 1 with min <= max",
        'seed: "-1" must be a whole number of 0 or more',
      ],
    });
  });
  it("reads a damaged link as no scenario", () => expect(decodeParams("not-base64!")).toBeNull());
});
