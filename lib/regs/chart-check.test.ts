import { describe, expect, it } from "vitest";
import { baselineRegulation } from "./baseline";
import { columnName, countryChartAnswer } from "./chart-check";

const answer = (eccn: string, dest: string) => countryChartAnswer(eccn, dest, baselineRegulation);

describe("the Country Chart test on the shipped baseline", () => {
  it("3A001 (NS Column 2) to China: an X", () => {
    const a = answer("3A001.a.2", "CN");
    expect(a.kind).toBe("licence");
    if (a.kind !== "licence") return;
    expect(a.reasons.filter((r) => r.x).map((r) => r.column)).toEqual(["NS2"]);
  });

  it("3A001 to Germany: NS Column 2 has no X there", () => {
    expect(answer("3A001.a.2", "DE").kind).toBe("no-x");
  });

  it("5A002 (NS Column 1) to Germany: Germany has an X in NS Column 1", () => {
    expect(answer("5A002.a", "DE").kind).toBe("licence");
  });

  it("5A002 to Canada: no NS X", () => {
    expect(answer("5A002.a", "CA").kind).toBe("no-x");
  });

  it("AT-only entries need no licence outside the part 746 destinations", () => {
    expect(answer("5A992.c", "CN").kind).toBe("no-x");
    expect(answer("3A991.a", "RU").kind).toBe("no-x");
  });

  it("Hong Kong is read on China's row", () => {
    const a = answer("3A001.a.2", "HK");
    expect(a.kind === "licence" && a.row.country).toBe("CN");
  });

  it("an embargoed destination's row points to part 746", () => {
    const a = answer("3A001.a.2", "IR");
    expect(a.kind).toBe("pointer");
  });

  it("what the version does not hold is said, not guessed", () => {
    expect(answer("3A901.a", "DE")).toEqual({ kind: "missing-eccn", base: "3A901" });
    expect(answer("3A001.a.2", "XK")).toEqual({ kind: "missing-destination", destination: "XK" });
  });

  it("a paragraph outside a reason's scope drops that reason: 3B001.c to China is not NS-controlled", () => {
    const a = answer("3B001.c.1", "CN");
    expect(a.kind).toBe("no-x");
    if (a.kind !== "no-x") return;
    expect(a.reasons.map((r) => r.column)).toEqual(["AT1"]);
  });

  it("names columns as the chart does", () => {
    expect(columnName("NS2")).toBe("NS Column 2");
  });
});

describe("which LVS and GBS texts reach a paragraph", async () => {
  const { entryTextReaches } = await import("./exceptions");
  it("reads N/A, except and 'for' clauses per paragraph", () => {
    expect(entryTextReaches("$5000; N/A for 4A003.b, c, and z", "4A003.b")).toBe(false);
    expect(entryTextReaches("$5000; N/A for 4A003.b, c, and z", "4A003.g")).toBe(true);
    expect(entryTextReaches("Yes, for 4A003.g and “specially designed” “parts”", "4A003.b")).toBe(false);
    expect(entryTextReaches("$500, except 3B001.a.4, c, d, f.1", "3B001.c.1.a")).toBe(false);
    expect(entryTextReaches("$500, except 3B001.a.4, c, d, f.1", "3B001.f.3")).toBe(true);
    const lvs5A001 =
      "N/A for 5A001.a, b.5, .e, f.3 and .h; $5000 for 5A001.b.1, .b.2, .b.3, .b.6, .d, f.2, f.4, and .g; $3000 for 5A001.c";
    expect(entryTextReaches(lvs5A001, "5A001.b.2")).toBe(true);
    expect(entryTextReaches(lvs5A001, "5A001.b.5")).toBe(false);
    expect(entryTextReaches(lvs5A001, "5A001.f.1")).toBe(false);
    expect(entryTextReaches("N/A", "5A001.b.2")).toBe(false);
    expect(entryTextReaches("Yes", "5A001.b.2")).toBe(true);
  });
});
