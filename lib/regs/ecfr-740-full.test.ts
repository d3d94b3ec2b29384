// The Country Group parser over all the groups' rows: the team's 2026-07-23 extract of Supp. No. 1 to part 740
// (../shared/reference/sourcing/regs, kept outside the repository) written back into the versioner's table shape at
// test time (one table per group letter, as the supplement prints them) and parsed.
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { expectedCountryGroups, parseCountryGroups } from "./ecfr-740";
import { countryCodeOf } from "./ecfr-country-names";
import { parseXml } from "./ecfr-xml";

const file = path.resolve(__dirname, "../../../shared/reference/sourcing/regs/country-groups-740-supp1-2026-07-23.csv");
const present = fs.existsSync(file);
if (!present) console.log(`ecfr-740-full.test.ts: skipped: ${file} is absent`);

describe.skipIf(!present)("all Country Groups of 2026-07-23 in the versioner's table shape", () => {
  const rows = present
    ? Papa.parse<Record<string, string>>(fs.readFileSync(file, "utf8"), { header: true, skipEmptyLines: true }).data
    : [];
  const tables = ["A", "B", "D", "E"].map((letter) => {
    const groups = expectedCountryGroups.filter((g) => g.startsWith(letter));
    const head = `<TR><TH>Country</TH>${groups.map((g) => `<TH>[${g}] group</TH>`).join("")}</TR>`;
    const body = rows
      .map(
        (r) =>
          `<TR><TD>${r.country!.replace(/&/g, "&amp;")}</TD>${groups.map((g) => `<TD>${r[g] === "Y" ? "X" : ""}</TD>`).join("")}</TR>`,
      )
      .join("");
    return `<HD1>Country Group ${letter}</HD1><TABLE><THEAD>${head}</THEAD><TBODY>${body}</TBODY></TABLE>`;
  });
  const parsed = parseCountryGroups(
    parseXml(`<DIV5 N="740"><DIV9 N="Supplement No. 1 to Part 740">${tables.join("")}</DIV9></DIV5>`),
  );

  it("reads the fourteen groups with the extract's members, with no issue", () => {
    expect(parsed.issues).toEqual([]);
    expect(Object.keys(parsed.groups)).toEqual([...expectedCountryGroups]);
    for (const g of expectedCountryGroups) {
      const want = [...new Set(rows.filter((r) => r[g] === "Y").map((r) => countryCodeOf(r.country!)!))].sort();
      expect(parsed.groups[g], g).toEqual(want);
    }
  });
  it("has Macau outside D:5 and Cyprus outside D:5 (the review's scope findings, eCFR 2026-07-23)", () => {
    expect(parsed.groups["D:5"]).not.toContain("MO");
    expect(parsed.groups["D:5"]).not.toContain("CY");
    expect(parsed.groups["A:6"]).toContain("CY");
    expect(parsed.groups["D:1"]).not.toContain("IR");
  });
});
