// The shipped baseline (compiled by the team from the regulation text) checked against the tables another project
// extracted from the eCFR of 2026-07-23 (../shared/reference/sourcing/regs/: copies, read here only to compare).
// Every row and entry the baseline ships must agree with them. Where the two differ after re-reading the
// regulation, the difference is stated in data/regs/SOURCES.md and allowed here by name, never silently.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { baselineRegulation as reg } from "./baseline";
import { chartColumns } from "./types";

const dir = path.resolve(__dirname, "../../../shared/reference/sourcing/regs");
const file = (name: string) => path.join(dir, name);
const present = existsSync(file("country-chart-738-supp1-2026-07-23.csv"));
if (!present) console.log(`baseline comparison skipped: ${dir} is absent (the shared eCFR tables of 2026-07-23)`);
const csv = (name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file(name), "utf8"), { header: true, skipEmptyLines: true }).data;

/** The shared tables spell a few names otherwise; the baseline keeps the chart's own. */
const sharedName: Record<string, string> = { CN: "China (PRC)" };
const sections = (s: string) => [...new Set([...s.matchAll(/\b7\d{2}\.\d+\b/g)].map((m) => m[0]))].sort();
const dollars = (s: string) => [...s.replace(/,(?=\d{3})/g, "").matchAll(/\$\d+/g)].map((m) => m[0]);

describe.runIf(present)("the shipped baseline against the eCFR tables of 2026-07-23", () => {
  it("every Country Chart row has the same X marks, and the same pointer sections", () => {
    const shared = new Map(csv("country-chart-738-supp1-2026-07-23.csv").map((r) => [r[Object.keys(r)[0]!]!, r]));
    const rows = Object.values(reg.countryChart.rows);
    expect(rows.length).toBeGreaterThanOrEqual(90);
    for (const row of rows) {
      const s = shared.get(row.name);
      expect(s, `${row.country} ${row.name}: no row of that name`).toBeDefined();
      const marks = chartColumns.filter((c) => (s![`${c.slice(0, 2)} ${c.slice(2)}`] ?? "").trim() === "X");
      expect(row.marks, `${row.country} ${row.name}`).toEqual(marks);
      expect(!!row.pointer, `${row.country}: pointer`).toBe(!!s!.pointer);
      if (row.pointer) expect(sections(row.pointer), row.country).toEqual(sections(s!.pointer!));
    }
    // Hong Kong has had no row since 2020-12-23 (lib/regs/chart-check.ts)
    expect(reg.countryChart.rows.HK).toBeUndefined();
    expect(shared.has("Hong Kong")).toBe(false);
  });

  it("every CCL entry has the same reasons for control, columns and scope words", () => {
    const shared = new Map(csv("ccl-774-supp1-2026-07-23-reasons.csv").map((r) => [r.eccn!, r]));
    expect(Object.keys(reg.ccl).length).toBeGreaterThanOrEqual(40);
    for (const entry of Object.values(reg.ccl)) {
      const s = shared.get(entry.eccn);
      expect(s, entry.eccn).toBeDefined();
      const theirs = s!
        .control_to_country_chart!.split(" || ")
        .map((p) => /^(\w+) applies to (.*?) => (\w+) Column (\d)/.exec(p))
        .filter((m): m is RegExpExecArray => !!m)
        .map((m) => ({ column: `${m[3]}${m[4]}`, appliesTo: m[2] }));
      const ours = entry.reasons.map((r) => ({ column: r.column, appliesTo: r.appliesTo }));
      expect(ours, entry.eccn).toEqual(theirs);
      // the requirements outside the chart's columns: same reason and the same sections of part 742/746, in order
      const key = (reason: string, text: string) => `${reason} ${[...new Set(sections(text).map((x) => x))].join(",")}`;
      const theirOthers = s!
        .control_to_country_chart!.split(" || ")
        .filter((p) => !/=> \w+ Column \d/.test(p) && !/=> N\/A/.test(p))
        .map((p) => key(p.split(" appl")[0]!, p.split("=>")[1] ?? ""));
      const ourOthers = entry.otherRequirements.map((o) => key(o.split(" appl")[0]!, o.split("=>")[1] ?? ""));
      expect(ourOthers, `${entry.eccn} other requirements`).toEqual(theirOthers);
      // LVS and GBS: a plain value must be the same; a summary must name the same dollar limits
      const lbe = s!.list_based_licence_exceptions ?? "";
      const lvs = /LVS: ([^|]*)/.exec(lbe)?.[1]?.trim() ?? null;
      const gbs = /GBS: ([^|]*)/.exec(lbe)?.[1]?.trim() ?? null;
      if (entry.lvs === null) expect(lvs, `${entry.eccn} LVS`).toBeNull();
      else expect(dollars(lvs ?? ""), `${entry.eccn} LVS`).toEqual(expect.arrayContaining(dollars(entry.lvs)));
      if (entry.lvs === "N/A") expect(lvs).toBe("N/A");
      if (entry.gbs === null) expect(gbs, `${entry.eccn} GBS`).toBeNull();
      else expect(gbs?.slice(0, 3), `${entry.eccn} GBS`).toBe(entry.gbs.slice(0, 3));
      for (const x of entry.otherExceptions) expect(lbe, `${entry.eccn} ${x.symbol}`).toContain(`${x.symbol}: Yes`);
    }
  });

  it("every licence exception is in the section part 740 gives it", () => {
    const shared = JSON.parse(readFileSync(file("license-exceptions-740-ecfr-2026-07-23.json"), "utf8")) as {
      exceptions: { sectionNumber: string; symbols: string[] }[];
    };
    const bySymbol = new Map(shared.exceptions.flatMap((e) => e.symbols.map((s) => [s, e.sectionNumber] as const)));
    for (const e of reg.licenceExceptions) for (const s of e.symbols) expect(bySymbol.get(s), `${s}`).toBe(e.section);
  });

  it("Country Group B holds the same chart destinations", () => {
    const groups = csv("country-groups-740-supp1-2026-07-23.csv");
    const inB = new Set(groups.filter((g) => g.B === "Y").map((g) => g.country));
    for (const row of Object.values(reg.countryChart.rows)) {
      const name = sharedName[row.country] ?? row.name;
      expect(reg.countryGroups.B!.includes(row.country), `${row.country} ${name} in B`).toBe(inB.has(name));
    }
  });
});
