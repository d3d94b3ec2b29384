// Part 740 from the eCFR versioner's XML: the licence exceptions (one section each, its symbol in parentheses
// at the end of the heading: "§ 740.3 Shipments of limited value (LVS)."; § 740.8 names two, NAC and ACA) and the
// Country Groups of Supp. No. 1 to part 740: tables A, B, D and E, a column per group ("[A:1] Wassenaar
// Participating States", "[D:5] U.S. Arms Embargoed Countries") and an X per member country, as the eCFR prints
// them on 2026-07-23.
// NOT CONFIRMED against the versioner's own XML of part 740: only the team's derived extracts of 2026-07-23 were
// at hand, so the table shape assumed here is that of the versioner's XML of part 774 (TABLE/TR/TH/TD, <SU> for
// footnotes). What the parser does not recognise (a missing column or group, an unknown row name, an empty table)
// becomes a structural issue that quarantines the version, never a silent gap.
import type { LicenceExceptionSection } from "./types";
import { countryCodeOf } from "./ecfr-country-names";
import { headOf, sections, supplement, type ParseIssue } from "./ecfr-parts";
import { tablesIn } from "./ecfr-tables";
import { EcfrParseError, textOf, type XmlElement } from "./ecfr-xml";

export function parseLicenceExceptions(root: XmlElement): LicenceExceptionSection[] {
  const out: LicenceExceptionSection[] = [];
  for (const div of sections(root)) {
    const head = headOf(div);
    const m = /^§\s*(740\.\d+)\s+(.*?)\.?$/.exec(head);
    if (!m) continue;
    const title = m[2]!.trim();
    // the symbol is the last parenthesised group of capitals; "(NAC) and ... (ACA)" gives both
    const symbols = [...title.matchAll(/\(([A-Z]{3})\)/g)].map((s) => s[1]!);
    if (symbols.length === 0) continue; // 740.1 and 740.2: scope and restrictions, not an exception
    out.push({ symbols, section: m[1]!, title });
  }
  return out;
}

export type GroupsParse = { groups: Record<string, string[]>; issues: ParseIssue[] };

/**
 * The Country Groups Supp. No. 1 to part 740 has as the eCFR prints it on 2026-07-23 (team extract
 * ../shared/reference/sourcing/regs/country-groups-740-supp1-ecfr-2026-07-23.json, from the versioner's XML of part
 * 740): one missing from a parse means the tables changed shape, and the version is quarantined.
 */
export const expectedCountryGroups = [
  "A:1",
  "A:2",
  "A:3",
  "A:4",
  "A:5",
  "A:6",
  "B",
  "D:1",
  "D:2",
  "D:3",
  "D:4",
  "D:5",
  "E:1",
  "E:2",
] as const;

const GROUP = /\[\s*([A-E](?::\s*\d+)?)\s*\]/;

export function parseCountryGroups(root: XmlElement): GroupsParse {
  const supp = supplement(root, "740");
  const groups: Record<string, Set<string>> = {};
  const issues: ParseIssue[] = [];
  let tables = 0;
  for (const t of tablesIn(supp)) {
    const headRow = t.head.find((r) => r.some((c) => GROUP.test(textOf(c))));
    if (!headRow) continue;
    tables++;
    const columns = headRow.map((c) => GROUP.exec(textOf(c))?.[1]?.replace(/\s+/g, "") ?? null);
    const offset = (row: XmlElement[]) => Math.max(0, row.length - headRow.length);
    for (const code of columns) if (code) groups[code] ??= new Set();
    for (const row of t.rows) {
      const name = textOf(row[0]!, (e) => e.name === "SU").replace(/[\s,]+$/, "");
      if (!name) continue;
      const country = countryCodeOf(name);
      if (!country) {
        issues.push({ part: "740", message: `Country Group row "${name}" is not a country this product knows` });
        continue;
      }
      columns.forEach((code, i) => {
        const cell = row[i + offset(row)];
        if (code && cell && cell !== row[0] && /^X$/i.test(textOf(cell, (e) => e.name === "SU")))
          groups[code]!.add(country);
      });
    }
  }
  if (tables === 0)
    throw new EcfrParseError(
      'part 740: Supplement No. 1 has no Country Group table (a header cell like "[A:1] ...")',
      "TABLE",
    );
  const out: Record<string, string[]> = {};
  for (const code of Object.keys(groups).sort()) out[code] = [...groups[code]!].sort();
  const absent = expectedCountryGroups.filter((g) => !(g in out));
  if (absent.length) issues.push({ part: "740", message: `Country Groups not found: ${absent.join(", ")}` });
  for (const [code, members] of Object.entries(out))
    if (members.length === 0) issues.push({ part: "740", message: `Country Group ${code} has no members` });
  return { groups: out, issues };
}
