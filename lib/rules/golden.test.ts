// The golden cases (golden-cases.json) run through the determination as one table: a compliance reader can
// review the cases without reading TypeScript.
import { describe, expect, it } from "vitest";
import golden from "./golden-cases.json";
import { catalogueEccn } from "./catalogue";
import { determineLine } from "./determine";
import type { BuyerListing, CheckContext, LineFacts } from "./types";

type Item = {
  description: string;
  eccn?: string | null;
  chip?: { tpp: number; dieArea: number | null; datacenter: boolean };
  countryOfOrigin?: string;
  usContentPct?: number;
};
type Options = {
  shipFrom?: string;
  licence?: { eccns: string[]; destination: string | null; validFrom: string; validTo: string | null };
};
type Case = [string, string, string, string, string, string, string, string, Options?];

const buyers = golden.buyers as Record<string, { name: string; hq: string | null; listings: BuyerListing[] }>;
const items = golden.items as Record<string, Item>;

function facts(item: Item, asOf: string): LineFacts {
  const eccn = item.chip
    ? catalogueEccn(
        {
          id: "x",
          manufacturer: "x",
          product: item.description,
          variant: null,
          mpnPattern: null,
          datacenter: item.chip.datacenter,
          tpp: item.chip.tpp,
          dieAreaMm2: item.chip.dieArea,
          eccn: null,
        },
        asOf,
      ).eccn
    : (item.eccn ?? null);
  return {
    lineNo: 1,
    manufacturer: null,
    mpn: null,
    description: item.description,
    quantity: 1,
    valueMinor: null,
    currency: null,
    eccn,
    eccnSource: item.chip ? "catalogue" : item.eccn ? "bom" : null,
    catalogueMatch: null,
    countryOfOrigin: item.countryOfOrigin ?? null,
    usContentPct: item.usContentPct ?? null,
  };
}

describe("licence determination golden cases", () => {
  const cases = golden.cases as unknown as Case[];
  it("has at least 60 cases, each citing the regulation it rests on", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const c of cases) expect(c[7], c[0]).toMatch(/\S/);
  });
  it.each(cases)("%s", (_name, buyerKey, destination, asOf, itemKey, status, ruleId, _restsOn, options) => {
    const buyer = buyers[buyerKey]!;
    const ctx: CheckContext = {
      asOf,
      destination,
      shipFrom: options?.shipFrom ?? "US",
      buyer: { name: buyer.name, hqCountry: buyer.hq, listings: buyer.listings },
      licences: options?.licence ? [{ number: "D123456", ...options.licence, partyMatches: true }] : [],
    };
    const r = determineLine(facts(items[itemKey]!, asOf), ctx);
    expect({ status: r.status, ruleId: r.ruleId }, r.reason).toEqual({ status, ruleId });
    expect(r.citation).toMatch(/CFR/);
  });
});
