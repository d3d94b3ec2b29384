import { describe, expect, it } from "vitest";
import { rollUpParties, type OverviewHit } from "./parties";

const hit = (
  partyId: string,
  partyCountry: string | null,
  band: OverviewHit["band"],
  queue: OverviewHit["queue"],
  expiry = "",
): OverviewHit => ({ partyId, partyCountry, band, queue, expiry });

describe("parties roll-up", () => {
  it("counts hits awaiting a decision, confirmed matches and decisions expiring soon", () => {
    const r = rollUpParties([
      hit("a", "CN", "match", "awaiting decision"),
      hit("a", "CN", "review", "false positive", "expires within 30 days"),
      hit("b", "CN", "match", "confirmed match"),
      hit("c", "RU", "related", "awaiting decision"),
      hit("d", null, "review", "escalated"),
    ]);
    expect(r).toMatchObject({ partiesWithHits: 4, hits: 5, openHits: 2, confirmedMatches: 1, expiringSoon: 1 });
    expect(r.byCountry).toEqual([
      { country: "CN", match: 2, review: 1, related: 0 },
      { country: "(none)", match: 0, review: 1, related: 0 },
      { country: "RU", match: 0, review: 0, related: 1 },
    ]);
  });
  it("is all zeros without hits", () => {
    expect(rollUpParties([])).toEqual({
      partiesWithHits: 0,
      hits: 0,
      openHits: 0,
      confirmedMatches: 0,
      expiringSoon: 0,
      byCountry: [],
    });
  });
});
