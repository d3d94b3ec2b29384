import { describe, expect, it } from "vitest";
import { digestMarkdown, digestText, type DigestFacts } from "./digest";

const facts: DigestFacts = {
  since: new Date("2024-06-01T00:00:00Z"),
  until: new Date("2024-06-08T00:00:00Z"),
  listVersions: [
    {
      label: "CSL 2024-06-05",
      status: "current",
      at: new Date("2024-06-05T10:00:00Z"),
      diff: { added: 12, removed: 2, changed: 3, policyChanged: 1 },
    },
  ],
  statusChanges: [{ partyName: "Hangzhou Lakeview", before: "clear", after: "match" }],
  decisions: [
    {
      at: new Date("2024-06-06T09:00:00Z"),
      partyName: "*Acme*",
      listedName: "ACME Ltd",
      decision: "False positive",
      by: "officer@example.com",
    },
  ],
  determinations: [],
  standing: { openHits: 4, confirmedMatches: 1, expiringSoon: 0, linesBlocked: 7, linesLicence: 3 },
  baseUrl: "https://chokepoint.example",
};

describe("weekly digest", () => {
  it("writes plain text for e-mail", () => {
    expect(digestText(facts)).toBe(
      [
        "Chokepoint weekly digest, 2024-06-01 to 2024-06-08",
        "",
        "Standing: 4 hits awaiting a decision, 1 confirmed matches, 0 decisions expiring within 30 days; 7 BOM lines blocked, 3 licence required.",
        "",
        "Lists:",
        "- 2024-06-05 CSL 2024-06-05 (current): 12 added, 2 removed, 3 changed, 1 licence policy changed",
        "",
        "Parties whose screening status changed:",
        "- Hangzhou Lakeview: clear -> match",
        "",
        "Decisions:",
        "- 2024-06-06 *Acme* vs ACME Ltd: False positive (officer@example.com)",
        "",
        "BOM checks:",
        "  No BOM checks.",
        "",
        "Overview: https://chokepoint.example/",
      ].join("\n"),
    );
  });

  it("writes Markdown with names escaped, so a name never turns into formatting", () => {
    const md = digestMarkdown(facts);
    expect(md).toContain("## Chokepoint weekly digest, 2024-06-01 to 2024-06-08");
    expect(md).toContain("- 2024-06-06 \\*Acme\\* vs ACME Ltd: **False positive** (officer@example.com)");
    expect(md).toContain("- Hangzhou Lakeview: clear → **match**");
    expect(md).toContain("_No BOM checks._");
    expect(md).toContain("[Open the overview](https://chokepoint.example/)");
  });
});
