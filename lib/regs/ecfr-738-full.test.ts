// The Country Chart parser over all of the chart's rows: the team's 2026-07-23 extract of Supp. No. 1 to part 738
// (../shared/reference/sourcing/regs, kept outside the repository) is written back into the versioner's table shape
// at test time and parsed; every row must come back with the same marks, footnotes and pointer.
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseCountryChart } from "./ecfr-738";
import { countryCodeOf } from "./ecfr-country-names";
import { parseXml } from "./ecfr-xml";

const file = path.resolve(__dirname, "../../../shared/reference/sourcing/regs/country-chart-738-supp1-2026-07-23.csv");
const present = fs.existsSync(file);
if (!present) console.log(`ecfr-738-full.test.ts: skipped: ${file} is absent`);

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

describe.skipIf(!present)("the whole Country Chart of 2026-07-23 in the versioner's table shape", () => {
  const rows = present
    ? Papa.parse<Record<string, string>>(fs.readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data
    : [];
  const columns = Object.keys(rows[0] ?? {}).filter((k) => /^[A-Z]{2} \d$/.test(k));
  const body = rows
    .map((r) => {
      const sus = (r.footnotes ?? "")
        .split(/\s+/)
        .filter(Boolean)
        .map((f) => ` <SU>${f}</SU>`)
        .join("");
      const name = `<TD class="left">${esc(r.country!)}${sus}</TD>`;
      return r.pointer
        ? `<TR>${name}<TD colspan="16">${esc(r.pointer)}</TD></TR>`
        : `<TR>${name}${columns.map((c) => `<TD class="center">${r[c] ?? ""}</TD>`).join("")}</TR>`;
    })
    .join("\n");
  const xml = `<DIV5 N="738"><DIV9 N="Supplement No. 1 to Part 738"><TABLE><THEAD><TR><TH rowspan="2">Countries</TH><TH colspan="16">[Reason for control]</TH></TR><TR>${columns.map((c) => `<TH>${c}</TH>`).join("")}</TR></THEAD><TBODY>${body}</TBODY></TABLE></DIV9></DIV5>`;
  const parsed = parseCountryChart(parseXml(xml));

  it("reads every row, with no issue", () => {
    expect(rows).toHaveLength(200);
    expect(parsed.issues).toEqual([]);
    expect(Object.keys(parsed.chart.rows)).toHaveLength(200);
  });
  it("gives each row the extract's marks, footnotes and pointer", () => {
    for (const r of rows) {
      const got = parsed.chart.rows[countryCodeOf(r.country!)!]!;
      expect(got.marks.join(" "), r.country).toBe(
        columns
          .filter((c) => r[c] === "X")
          .map((c) => c.replace(" ", ""))
          .join(" "),
      );
      expect(got.footnotes.join(" "), r.country).toBe((r.footnotes ?? "").trim());
      expect(got.pointer, r.country).toBe(r.pointer || null);
    }
    expect(parsed.chart.rows.CN!.marks).toContain("RS2");
    expect(parsed.chart.rows.IR!.pointer).toMatch(/^See part 746 of the EAR/);
  });
});
