// Every row name of the Country Chart and the Country Group tables as the eCFR prints them on 2026-07-23 (the team's
// extracts in ../shared/reference/sourcing/regs) maps to an ISO code, and no two names of one table to the same code.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countryCodeOf } from "./ecfr-country-names";

const dir = path.resolve(__dirname, "../../../shared/reference/sourcing/regs");
const files = {
  chart: path.join(dir, "country-chart-738-supp1-2026-07-23.csv"),
  groups: path.join(dir, "country-groups-740-supp1-2026-07-23.csv"),
};
const present = Object.values(files).every((f) => fs.existsSync(f));
if (!present) console.log(`ecfr-country-names.test.ts: skipped: the 2026-07-23 extracts in ${dir} are absent`);

/** The first column of a CSV (quoted when the name has a comma: "Korea, South"). */
const names = (file: string) =>
  fs
    .readFileSync(file, "utf8")
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((l) => (l.startsWith('"') ? l.slice(1, l.indexOf('"', 1)) : l.split(",")[0]!));

describe.skipIf(!present)("the eCFR's country names of 2026-07-23", () => {
  it.each(Object.entries(files))("every row of the %s maps to an ISO code", (_table, file) => {
    const rows = names(file);
    expect(rows.filter((n) => countryCodeOf(n) === null)).toEqual([]);
    const codes = rows.map((n) => countryCodeOf(n)!);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual(
      // the Country Group tables name the Democratic Republic of the Congo twice, in two spellings
      file === files.groups ? ["CD"] : [],
    );
  });
});
