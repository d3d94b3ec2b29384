// The rules answer the same from a loaded eCFR version as from the shipped baseline: every baseline ECCN, at a
// range of paragraphs, to ten destinations, with the CCL read by lib/regs/ecfr-774.ts from the eCFR's own XML
// (../shared/reference, a copy kept outside the repository) in place of the baseline's compiled entries. A
// disagreement is a line of the eCFR the reader does not yet understand, or a baseline entry that is wrong.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { hasShared, sharedFile } from "../testing/shared-reference";
import { parseXml } from "../regs/ecfr-xml";
import { parseCcl } from "../regs/ecfr-774";
import { baselineRegulation } from "../regs/baseline";
import { determineLine } from "./determine";
import type { CheckContext, LineFacts } from "./types";

const xml = "sourcing/regs/ccl-774-supp1-ecfr-xml-2026-06.xml";
const present = hasShared("the rules are compared on the eCFR's own CCL XML", xml);

describe.skipIf(!present)("the rules on a loaded eCFR CCL", () => {
  it("answer every baseline ECCN as the baseline does", () => {
    const parsed = parseCcl(parseXml(fs.readFileSync(sharedFile(xml), "utf8")));
    const loaded = { ...baselineRegulation, ccl: parsed.ccl };
    const paragraphs = ["", ".a", ".a.1", ".b", ".c", ".c.1.a", ".d", ".z.1.a", ".q"];
    const destinations = ["CN", "DE", "IN", "PK", "RU", "AE", "CA", "GB", "MO", "KP"];
    const differ: string[] = [];
    for (const eccn of Object.keys(baselineRegulation.ccl))
      for (const p of paragraphs)
        for (const destination of destinations) {
          const line: LineFacts = {
            lineNo: 1,
            manufacturer: null,
            mpn: "X",
            description: null,
            quantity: 1,
            valueMinor: 100,
            currency: "USD",
            eccn: eccn + p,
            eccnSource: "bom",
            catalogueMatch: null,
            countryOfOrigin: "US",
            usContentPct: null,
          };
          const ctx: CheckContext = {
            asOf: "2026-08-01",
            destination,
            shipFrom: "US",
            buyer: { name: "A buyer", hqCountry: destination, listings: [] },
            licences: [],
          };
          const a = determineLine(line, { ...ctx, regulation: baselineRegulation });
          const b = determineLine(line, { ...ctx, regulation: loaded });
          if (a.status !== b.status) differ.push(`${eccn}${p} to ${destination}: ${a.status} vs ${b.status}`);
        }
    expect(differ).toEqual([]);
  });
});
