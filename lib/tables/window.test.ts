import { describe, expect, it } from "vitest";
import { MAX_FACET_OPTIONS, windowRows, type WindowSpec } from "./window";

type Row = { id: string; name: string; country: string; value: number; hidden: string };
const rows: Row[] = [
  { id: "1", name: "Alpha Trading", country: "CN", value: 30, hidden: "zebra" },
  { id: "2", name: "beta systems", country: "DE", value: 200, hidden: "" },
  { id: "3", name: "Gamma Alpha", country: "CN", value: 5, hidden: "" },
  { id: "4", name: "Delta", country: "HK", value: 100, hidden: "" },
];
const spec: WindowSpec<Row> = { param: "p", columns: ["name", "country", "value"], facets: ["country"], limit: 2 };

describe("a table's window of rows", () => {
  it("cuts to the limit and counts what it left out", () => {
    const w = windowRows(rows, {}, spec);
    expect(w.rows.map((r) => r.id)).toEqual(["1", "2"]);
    expect([w.total, w.matching, w.limit]).toEqual([4, 4, 2]);
  });
  it("filters on any listed column, case-insensitively, and not on other fields", () => {
    expect(windowRows(rows, { pq: "ALPHA" }, spec).rows.map((r) => r.id)).toEqual(["1", "3"]);
    expect(windowRows(rows, { pq: "zebra" }, spec).matching).toBe(0);
  });
  it("applies facets as exact values and lists every value a facet takes", () => {
    const w = windowRows(rows, { "pf.country": "CN" }, spec);
    expect(w.rows.map((r) => r.id)).toEqual(["1", "3"]);
    expect(w.facetOptions.country).toEqual(["CN", "DE", "HK"]);
  });
  it("offers a facet's most frequent values when it has too many, and always the one chosen", () => {
    const many = Array.from({ length: MAX_FACET_OPTIONS + 20 }, (_, i) => ({
      ...rows[0]!,
      id: String(i),
      country: i < 10 ? "AA" : `C${String(i).padStart(3, "0")}`,
    }));
    const options = windowRows(many, { "pf.country": "C119" }, spec).facetOptions.country!;
    expect(options).toContain("AA");
    expect(options).toContain("C119");
    expect(options.length).toBe(MAX_FACET_OPTIONS + 1);
  });
  it("sorts numbers as numbers and text without case before cutting", () => {
    expect(windowRows(rows, { psort: "value.desc" }, spec).rows.map((r) => r.id)).toEqual(["2", "4"]);
    expect(windowRows(rows, { psort: "name.asc" }, spec).rows.map((r) => r.name)).toEqual([
      "Alpha Trading",
      "beta systems",
    ]);
  });
  it("reads only its own table's parameters and ignores sorting on a field that is not a column", () => {
    expect(windowRows(rows, { q: "Delta", lq: "Delta" }, spec).matching).toBe(4);
    expect(windowRows(rows, { psort: "hidden.desc" }, spec).rows.map((r) => r.id)).toEqual(["1", "2"]);
  });
});
