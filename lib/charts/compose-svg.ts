// A chart download is the whole chart as a reader sees it: title, the plot with its axes, the legend and a
// source line. Recharts draws the legend as HTML beside its SVG, so the download is composed here: a new SVG
// with the title on top, the plot's own SVG nested in it, the legend redrawn as swatches and text, and the
// source line at the foot. Pure string work, so it runs in the browser and in unit tests alike.

export type LegendItem = { label: string; colour: string };

export type ChartParts = {
  title: string;
  /** The plot's own <svg> element, serialised. */
  plotSvg: string;
  width: number;
  height: number;
  legend: LegendItem[];
  /** The foot line: where the numbers come from, and when. */
  source: string;
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const TITLE_BAND = 34;
const LEGEND_ROW = 20;
const SOURCE_BAND = 24;
const PAD = 12;
/** Legend text is laid out without a browser to measure it: 7 px a character at 12 px is a safe upper bound. */
const CHAR_WIDTH = 7;
const SWATCH = 10;

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Lays the legend items out left to right, wrapping to a new row when the next one would not fit. */
export function legendLayout(items: LegendItem[], width: number): { item: LegendItem; x: number; row: number }[] {
  const out: { item: LegendItem; x: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const item of items) {
    const w = SWATCH + 6 + item.label.length * CHAR_WIDTH + 18;
    if (x > PAD && x + w > width - PAD) {
      row++;
      x = PAD;
    }
    out.push({ item, x, row });
    x += w;
  }
  return out;
}

/** The plot's <svg> with the size and position it takes inside the composed chart. */
function placePlot(plotSvg: string, y: number, width: number, height: number): string {
  const attrs = `x="0" y="${y}" width="${width}" height="${height}"`;
  return plotSvg.replace(/^<svg\b([^>]*)>/, (_m, rest: string) => {
    const kept = rest.replace(/\s(x|y|width|height|style)="[^"]*"/g, "");
    return `<svg${kept} ${attrs}>`;
  });
}

export function composeChartSvg(p: ChartParts): string {
  const width = Math.max(200, Math.round(p.width));
  const plotHeight = Math.max(50, Math.round(p.height));
  const placed = legendLayout(p.legend, width);
  const legendRows = (placed.at(-1)?.row ?? -1) + 1;
  const legendTop = TITLE_BAND + plotHeight + 6;
  const sourceTop = legendTop + legendRows * LEGEND_ROW;
  const height = sourceTop + SOURCE_BAND;
  const legend = placed
    .map(({ item, x, row }) => {
      const y = legendTop + row * LEGEND_ROW;
      return (
        `<rect x="${x}" y="${y + 3}" width="${SWATCH}" height="${SWATCH}" fill="${escapeXml(item.colour)}"/>` +
        `<text x="${x + SWATCH + 6}" y="${y + 12}" font-size="12" fill="#1f2937">${escapeXml(item.label)}</text>`
      );
    })
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${PAD}" y="22" font-size="15" font-weight="600" fill="#111827">${escapeXml(p.title)}</text>` +
    placePlot(p.plotSvg, TITLE_BAND, width, plotHeight) +
    legend +
    `<text x="${PAD}" y="${sourceTop + 15}" font-size="11" fill="#4b5563">${escapeXml(p.source)}</text>` +
    `</svg>`
  );
}

/** Axis labels in compact units ("18B", "262K", "-3.5M"): short enough never to be clipped by the axis. */
export function compactAmount(value: number): string {
  return new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(value);
}
