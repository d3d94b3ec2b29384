// The Commerce Country Chart (Supp. No. 1 to part 738) from the eCFR versioner's XML of part 738: a header row
// with the sixteen column codes (CB 1 ... AT 2; 738.3(c)), then one row per destination: its name with the
// chart's footnote numbers as superscripts (<SU>), and an X in each column where a licence is required
// (738.4(a)(2)). The embargoed destinations (Cuba, Iran, North Korea, Syria) have no marks: one cell spans the
// columns and points to part 746 (as the chart reads on eCFR 2026-07-23). Hong Kong has no row since
// 85 FR 83788 (2020-12-23): it is read as China by the rules, not here.
// NOT CONFIRMED against the versioner's own XML of part 738: only the team's derived extracts of 2026-07-23 were
// at hand, so the table shape assumed here is that of the versioner's XML of part 774 (TABLE/TR/TH/TD, <SU> for
// footnotes). What the parser does not recognise (a missing column or group, an unknown row name, an empty table)
// becomes a structural issue that quarantines the version, never a silent gap.
import { chartColumns, type ChartColumn, type ChartRow, type CountryChart } from "./types";
import { countryCodeOf } from "./ecfr-country-names";
import { supplement, type ParseIssue } from "./ecfr-parts";
import { tablesIn, type TableGrid } from "./ecfr-tables";
import { EcfrParseError, descendants, textOf, type XmlElement } from "./ecfr-xml";

export type ChartParse = { chart: CountryChart; columns: string[]; issues: ParseIssue[] };

const columnCode = (text: string) => text.replace(/\s+/g, "").toUpperCase();
const isColumn = (code: string): code is ChartColumn => (chartColumns as readonly string[]).includes(code);

/** The header row naming the columns, and where each sits. */
function columnRow(t: TableGrid): { codes: string[]; index: number[]; width: number } | null {
  for (const row of t.head.concat(t.rows.slice(0, 3))) {
    const codes: string[] = [];
    const index: number[] = [];
    let previous: XmlElement | null = null;
    row.forEach((cell, i) => {
      if (cell === previous) return;
      previous = cell;
      const code = columnCode(textOf(cell));
      if (/^(CB|NP|NS|MT|RS|FC|CC|AT|[A-Z]{2})\d$/.test(code)) {
        codes.push(code);
        index.push(i);
      }
    });
    if (codes.filter(isColumn).length >= 4) return { codes, index, width: row.length };
  }
  return null;
}

export function parseCountryChart(root: XmlElement): ChartParse {
  const supp = supplement(root, "738");
  // the chart may come as one table or as several with the header repeated (a page break in the source)
  const tables = tablesIn(supp).flatMap((t) => {
    const header = columnRow(t);
    return header ? [{ t, header }] : [];
  });
  if (tables.length === 0)
    throw new EcfrParseError(
      "part 738: Supplement No. 1 has no table with the Country Chart's column codes (CB 1 ... AT 2)",
      "TABLE",
    );
  const first = tables[0]!.header;
  const issues: ParseIssue[] = [];
  const missing = chartColumns.filter((c) => !first.codes.includes(c));
  const unknown = first.codes.filter((c) => !isColumn(c));
  if (missing.length) issues.push({ part: "738", message: `Country Chart columns missing: ${missing.join(", ")}` });
  if (unknown.length) issues.push({ part: "738", message: `Country Chart has unknown columns: ${unknown.join(", ")}` });
  if (tables.some(({ header }) => header.codes.join() !== first.codes.join()))
    issues.push({ part: "738", message: "the Country Chart's tables do not all have the same columns" });
  const rows: Record<string, ChartRow> = {};
  for (const { t, header } of tables)
    for (const cells of t.rows) {
      const row = readRow(cells, header);
      if (!row) continue;
      const country = countryCodeOf(row.name);
      if (!country) {
        issues.push({ part: "738", message: `Country Chart row "${row.name}" is not a country this product knows` });
        continue;
      }
      if (rows[country]) issues.push({ part: "738", message: `Country Chart has two rows for ${country}` });
      rows[country] = { country, ...row };
    }
  if (Object.keys(rows).length === 0) issues.push({ part: "738", message: "the Country Chart has no rows" });
  return { chart: { rows }, columns: first.codes, issues };
}

type Header = NonNullable<ReturnType<typeof columnRow>>;

function readRow(cells: XmlElement[], header: Header): Omit<ChartRow, "country"> | null {
  const first = cells[0];
  if (!first) return null;
  if (cells.slice(1).some((c) => /^(CB|NP|NS|AT)\s*1$/i.test(textOf(c)))) return null; // a repeated header
  const name = textOf(first, (e) => e.name === "SU").replace(/[\s,]+$/, "");
  if (!name) return null;
  const footnotes = descendants(first, ["SU"]).flatMap((s) =>
    textOf(s)
      .split(/[\s,]+/)
      .filter(Boolean),
  );
  const rest = cells.slice(1);
  const distinct = [...new Set(rest)];
  const marks: ChartColumn[] = [];
  let pointer: string | null = null;
  // an embargoed destination: one cell spanning the columns, pointing to part 746
  if (distinct.length === 1 && rest.length > 1 && !/^X?$/i.test(textOf(distinct[0]!))) {
    pointer = textOf(distinct[0]!, (e) => e.name === "SU");
    footnotes.push(...descendants(distinct[0]!, ["SU"]).map((s) => textOf(s)));
  } else {
    // the body's cells are shifted when the header's first cell ("Countries") spans two header rows
    const offset = Math.max(0, cells.length - header.width);
    header.codes.forEach((code, k) => {
      const cell = cells[header.index[k]! + offset];
      if (cell && isColumn(code) && /^X$/i.test(textOf(cell))) marks.push(code);
    });
  }
  return { name, marks, footnotes, pointer };
}
