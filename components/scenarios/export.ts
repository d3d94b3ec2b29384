// Chart and series downloads in the browser: the whole chart composed as SVG (lib/charts/compose-svg), PNG by
// drawing that SVG on a canvas, CSV of the numbers (formula-safe).
import { toSafeCsv } from "@/lib/csv/safe-csv";
import { composeChartSvg, type ChartParts } from "@/lib/charts/compose-svg";

function download(name: string, blob: Blob) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** The chart in a figure: its plot (the wrapper's own SVG, not a legend icon's), its legend, its size. */
function chartParts(figure: HTMLElement, title: string, source: string): ChartParts | null {
  const plot = figure.querySelector<SVGSVGElement>(".recharts-wrapper > svg.recharts-surface");
  if (!plot) return null;
  const clone = plot.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const { width, height } = plot.getBoundingClientRect();
  const legend = [...figure.querySelectorAll(".recharts-legend-item")].map((item) => {
    const icon = item.querySelector("svg path, svg rect, svg line");
    const fill = icon?.getAttribute("fill");
    const colour = fill && fill !== "none" ? fill : (icon?.getAttribute("stroke") ?? "#6b7280");
    return { label: item.querySelector(".recharts-legend-item-text")?.textContent?.trim() ?? "", colour };
  });
  return { title, plotSvg: new XMLSerializer().serializeToString(clone), width, height, legend, source };
}

function composed(figure: HTMLElement, title: string, source: string): { svg: string; w: number; h: number } | null {
  const parts = chartParts(figure, title, source);
  if (!parts) return null;
  const svg = composeChartSvg(parts);
  const [, w, h] = svg.match(/^<svg[^>]* width="(\d+)" height="(\d+)"/)!;
  return { svg, w: Number(w), h: Number(h) };
}

/** The whole chart (title, plot with axes, legend, source line) as an SVG file. */
export function downloadSvg(figure: HTMLElement, title: string, source: string, name: string) {
  const c = composed(figure, title, source);
  if (c) download(`${name}.svg`, new Blob([c.svg], { type: "image/svg+xml" }));
}

/** The same composed chart drawn on a canvas at twice its size, as a PNG file. */
export async function downloadPng(figure: HTMLElement, title: string, source: string, name: string) {
  const c = composed(figure, title, source);
  if (!c) return;
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(c.svg)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = c.w * 2;
  canvas.height = c.h * 2;
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(2, 2);
  ctx.drawImage(img, 0, 0, c.w, c.h);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (blob) download(`${name}.png`, blob);
}

export function downloadCsv(name: string, header: string[], rows: (string | number)[][]) {
  download(`${name}.csv`, new Blob([toSafeCsv(header, rows)], { type: "text/csv" }));
}
