import { describe, expect, it } from "vitest";
import { buildCandidateIndex } from "./candidate-index";
import { explanationText, toReport } from "./report";
import { screenOne } from "./screen";

const listVersion = { id: "v1", label: "CSL 2023-11", publishedOn: "2023-11-01" };
const index = buildCandidateIndex([
  {
    id: "e1",
    entryKey: "EL|dahua technology|CN",
    contentHash: "h",
    sourceCode: "EL",
    listKind: "csl",
    name: "Dahua Technology",
    aliases: [],
    countries: ["CN"],
    addresses: "CN",
    listVersion,
  },
  {
    id: "e2",
    entryKey: "SDN|=cmd|",
    contentHash: "h2",
    sourceCode: "SDN",
    listKind: "csl",
    name: "=cmd Trading",
    aliases: [],
    countries: [],
    addresses: null,
    listVersion,
  },
]);

describe("toReport", () => {
  it("gives input, status and matches with name, source, score, matched alias, explanation and list version", () => {
    const r = toReport(screenOne(index, { name: "Dahua Tech" }));
    expect(r).toMatchObject({
      input: "Dahua Tech",
      status: "match",
      matches: [{ name: "Dahua Technology", source: "EL", matchedAlias: "Dahua Technology", listVersion }],
    });
    expect(r.matches[0]!.score).toBeGreaterThanOrEqual(85);
    expect(explanationText(r.matches[0]!.explanation)).toMatch(/matched "Dahua Technology" \(name\): dahua \+\d+/);
  });
});
