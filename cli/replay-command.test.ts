import { describe, expect, it } from "vitest";
import type { ReplayResult } from "@/lib/operations/replay-rules";
import { replayCheck } from "@/lib/replay/compare";
import { resolveRuleSet } from "@/lib/replay/rule-set";
import { orderChanges, summariseReplay } from "@/lib/replay/summary";
import { formatReplay, valueText } from "./replay-command";

const list = { id: "v1", label: "CSL 2026-12-01", publishedOn: "2026-12-01" };
const gpuCheck = replayCheck(
  {
    determinationId: "d1",
    bomId: "b1",
    bomName: "GPU server",
    buyerKey: "p1",
    buyerName: "Buyer Co",
    destination: "CN",
    productLine: "Servers",
    recorded: new Map([[1, "blocked" as const]]),
    lines: [
      {
        lineNo: 1,
        manufacturer: "NVIDIA",
        mpn: "H100-SXM5",
        description: null,
        quantity: 8,
        unitPriceE4: 250_000_000,
        currency: "USD",
        eccn: "3A090.a",
        countryOfOrigin: null,
        usContentPct: null,
        dnp: false,
        override: null,
      },
    ],
    declarations: [],
    ctx: {
      asOf: "2026-06-01",
      destination: "CN",
      shipFrom: "US",
      buyer: { name: "Buyer Co", hqCountry: "CN", listings: [] },
      licences: [],
    },
  },
  [],
  "2022-10-06",
);
const result = (checks = [gpuCheck]): ReplayResult => ({
  rules: resolveRuleSet("2022-10-06"),
  lists: { replay: list, inForce: list },
  checks: checks.length,
  checksInForce: 1,
  summary: summariseReplay(checks),
  changes: orderChanges(checks.flatMap((c) => c.changes)),
});

describe("replay output", () => {
  it("says what was replayed, the totals, and each changed line by customer and BOM with rule, citation and value", () => {
    const out = formatReplay(result());
    expect(out[0]).toBe(
      "Replay of the checks in force under the rules as of 2022-10-06 (rule set 2022-03-02: Belarus rules (87 FR 13048)), buyers screened against the list in force (CSL 2026-12-01).",
    );
    expect(out[1]).toBe(
      "1 check of 1 in force replayed, 1 line compared: 1 line would change status (0 stricter, 1 looser), 1 customer, 1 BOM; value $200,000.",
    );
    expect(out).toContain("A replay is a read: no determination is recorded and nothing is audited.");
    expect(out).toContain("Buyer Co: 1 line, $200,000");
    expect(out).toContain("  GPU server (Servers) to CN");
    expect(
      out.find((l) =>
        l.startsWith("    line 1 NVIDIA H100-SXM5 [3A090.a]: Blocked (Advanced computing, 15 CFR 742.6(a)(6)(iii)"),
      ),
    ).toMatch(/ → No licence required \(No licence required, 15 CFR 732\.3\); \$200,000$/);
    expect(out).toContain("  Blocked → No licence required: 1 line, $200,000");
  });
  it("says so when no line would change", () => {
    expect(formatReplay(result([])).at(-1)).toBe("No line would change status.");
  });
  it("never adds amounts of two currencies", () => {
    expect(valueText({ USD: 20_000_000, EUR: 100_000 })).toBe("$200,000 + €1,000");
    expect(valueText({})).toBe("no priced line");
  });
});
