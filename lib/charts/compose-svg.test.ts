import { describe, expect, it } from "vitest";
import { compactAmount, composeChartSvg, escapeXml, legendLayout } from "./compose-svg";

const plot = '<svg class="recharts-surface" width="500" height="260" style="width:100%"><path d="M0 0"/></svg>';

describe("composeChartSvg", () => {
  const svg = composeChartSvg({
    title: "Bridge from baseline to scenario",
    plotSvg: plot,
    width: 500,
    height: 260,
    legend: [
      { label: "Baseline", colour: "#6b7280" },
      { label: "Scenario", colour: "#c2410c" },
    ],
    source: "Chokepoint scenario model, 2026-12-07. Amounts in USD.",
  });

  it("puts the title above the plot and the source line at the foot", () => {
    expect(svg).toContain(">Bridge from baseline to scenario</text>");
    expect(svg).toContain(">Chokepoint scenario model, 2026-12-07. Amounts in USD.</text>");
    expect(svg.indexOf("Bridge from")).toBeLessThan(svg.indexOf('class="recharts-surface"'));
    expect(svg.indexOf('class="recharts-surface"')).toBeLessThan(svg.indexOf("Chokepoint scenario model"));
  });

  it("is as wide as the chart and tall enough for title, plot, legend and source", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="500" height="344"/);
  });

  it("nests the plot below the title at its own size, dropping its CSS size", () => {
    expect(svg).toContain('<svg class="recharts-surface" x="0" y="34" width="500" height="260">');
    expect(svg).not.toContain("width:100%");
  });

  it("redraws the legend as swatches in the series colours", () => {
    expect(svg).toContain('fill="#6b7280"/><text x="28" y="312" font-size="12" fill="#1f2937">Baseline</text>');
    expect(svg).toContain(">Scenario</text>");
  });

  it("escapes text that would break the XML", () => {
    expect(escapeXml(`R&D <"x"> 'y'`)).toBe("R&amp;D &lt;&quot;x&quot;&gt; &apos;y&apos;");
  });
});

describe("legendLayout", () => {
  it("wraps to a new row when an item would run past the right edge", () => {
    const items = ["Hardware revenue lost", "Recovered by substitution", "Converted to software"].map((label) => ({
      label,
      colour: "#000",
    }));
    const placed = legendLayout(items, 500);
    expect(placed.map((p) => p.row)).toEqual([0, 0, 1]);
    expect(placed[2]?.x).toBe(12);
  });
});

describe("compactAmount", () => {
  it("writes axis amounts in compact units", () => {
    expect(compactAmount(18_000_000_000)).toBe("18B");
    expect(compactAmount(262_400)).toBe("262.4K");
    expect(compactAmount(-3_500_000)).toBe("-3.5M");
    expect(compactAmount(0)).toBe("0");
  });
});
