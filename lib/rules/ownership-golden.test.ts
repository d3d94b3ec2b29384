// The ownership golden cases (ownership-golden-cases.json) as one table: statements and listed owners in, the
// buyer's ownership worked out by lib/ownership as of the case's date, then the determination of one line.
import { describe, expect, it } from "vitest";
import golden from "./ownership-golden-cases.json";
import { buyerOwnership } from "../ownership/buyer";
import type { OwnershipStatement } from "../ownership/statements";
import { determineLine } from "./determine";
import type { BuyerListing, LineFacts } from "./types";
import { lineWithEccn } from "./line-example";

type Structure = {
  buyer: string;
  statements: [string, string | null, string, number][];
  listed: Record<string, { sourceCode: string; startDate: string; fr: string | null }>;
};
type Case = [string, string, string, string, string, string, string, string, string];
const structures = golden.structures as unknown as Record<string, Structure>;

const statement = ([owner, ownerCountry, owned, pct]: Structure["statements"][number]): OwnershipStatement => ({
  ownerKey: owner,
  ownerName: owner,
  ownerCountry,
  ownedKey: owned,
  ownedName: owned,
  ownedCountry: null,
  shareBp: pct * 100,
  relation: "direct",
  source: "golden case",
  asOf: null,
  endDate: null,
});

const line = (eccn: string): LineFacts => lineWithEccn(eccn, { description: "item", countryOfOrigin: "US" });

describe("ownership golden cases", () => {
  it.each(golden.cases as unknown as Case[])(
    "%s",
    (_name, structureName, hq, destination, asOf, eccn, status, ruleId, text) => {
      const s = structures[structureName]!;
      const listings = new Map<string, BuyerListing>(
        Object.entries(s.listed).map(([name, l]) => [
          name,
          {
            sourceCode: l.sourceCode,
            listedName: name,
            strength: "match",
            startDate: l.startDate,
            licenseRequirement: "For all items subject to the EAR",
            licensePolicy: "Presumption of denial",
            footnotes: null,
            federalRegisterNotice: l.fr,
          },
        ]),
      );
      const ownership = buyerOwnership(s.statements.map(statement), s.buyer, asOf, listings);
      const r = determineLine(line(eccn), {
        asOf,
        destination,
        shipFrom: "US",
        buyer: { name: s.buyer, hqCountry: hq, listings: [], ownership },
        licences: [],
      });
      expect({ status: r.status, ruleId: r.ruleId }).toEqual({ status, ruleId });
      const reasons = [r.reason, ...r.findings.map((f) => f.reason)].join("\n");
      expect(reasons).toContain(text);
    },
  );
});
