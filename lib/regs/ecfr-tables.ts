// Tables in eCFR XML come in two shapes: the versioner API renders them as HTML-like TABLE/THEAD/TBODY/TR/TH/TD
// (seen in the versioner's XML of Supp. No. 1 to part 774, retrieved 2026-06), and the GPO bulk XML writes
// GPOTABLE/BOXHD/CHED/ROW/ENT (GPO, e-CFR XML User Guide, github.com/usgpo/bulk-data ECFR-XML-User-Guide.md).
// Both are read into the same grid: header rows and body rows of cell elements, a cell's colspan repeated so
// that column indices line up.
import { EcfrParseError, childElements, descendants, type XmlElement } from "./ecfr-xml";

export type TableGrid = {
  /** header rows (THEAD/TR, or BOXHD's CHED cells as one row) */
  head: XmlElement[][];
  /** body rows, each the cells in column order; a spanning cell occupies each column it spans */
  rows: XmlElement[][];
  element: XmlElement;
};

export function tablesIn(el: XmlElement): TableGrid[] {
  return descendants(el, ["TABLE", "GPOTABLE"]).map(readTable);
}

function span(cell: XmlElement): number {
  const n = Number(cell.attrs.colspan ?? "1");
  return Number.isInteger(n) && n > 0 && n < 100 ? n : 1;
}

function expand(cells: XmlElement[]): XmlElement[] {
  return cells.flatMap((c) => Array.from({ length: span(c) }, () => c));
}

export function readTable(t: XmlElement): TableGrid {
  if (t.name === "GPOTABLE") {
    const boxhd = childElements(t, "BOXHD")[0];
    // CHED H="1" are top-level column heads; deeper levels (H="2") sit under them. Keep the deepest row of heads.
    const heads = boxhd ? childElements(boxhd, "CHED") : [];
    const rows = childElements(t, "ROW").map((r) => childElements(r, "ENT"));
    return { head: heads.length ? [heads] : [], rows, element: t };
  }
  if (t.name !== "TABLE") throw new EcfrParseError(`expected a table, found <${t.name}>`, t.name);
  const trs = descendants(t, ["TR"]);
  const head: XmlElement[][] = [];
  const rows: XmlElement[][] = [];
  for (const tr of trs) {
    const cells = childElements(tr).filter((c) => c.name === "TD" || c.name === "TH");
    if (cells.length === 0) continue;
    if (cells.every((c) => c.name === "TH")) head.push(expand(cells));
    else rows.push(expand(cells));
  }
  return { head, rows, element: t };
}
