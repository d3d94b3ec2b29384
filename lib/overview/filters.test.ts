import { describe, expect, it } from "vitest";
import { dateBounds, filterQuery, hasFilters, noFilters, parseOverviewFilters } from "./filters";

describe("overview filters", () => {
  it("reads valid filters from the URL", () => {
    const { filters, problems } = parseOverviewFilters({
      from: "2024-01-01",
      to: "2024-03-31",
      destination: "cn",
      customer: "cm123abc",
      productLine: ["pl1", "pl2"],
    });
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      from: "2024-01-01",
      to: "2024-03-31",
      destination: "CN",
      customer: "cm123abc",
      productLine: "pl1",
    });
  });

  it("drops and reports what is not valid, never half-applying it", () => {
    const { filters, problems } = parseOverviewFilters({
      from: "2024-02-30",
      destination: "China",
      customer: "../etc/passwd",
    });
    expect(filters).toEqual(noFilters);
    expect(problems).toEqual([
      'from: "2024-02-30" is not a date (expected YYYY-MM-DD); ignored.',
      'destination: "CHINA" is not a two-letter country code; ignored.',
      'customer: "../etc/passwd" is not an id; ignored.',
    ]);
  });

  it("refuses a range that ends before it starts", () => {
    const { filters, problems } = parseOverviewFilters({ from: "2024-05-01", to: "2024-04-01" });
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(problems[0]).toMatch(/after/);
  });

  it("round-trips through the query string", () => {
    const f = { ...noFilters, destination: "RU", to: "2024-12-31" };
    expect(filterQuery(f)).toBe("?to=2024-12-31&destination=RU");
    expect(parseOverviewFilters(Object.fromEntries(new URLSearchParams(filterQuery(f).slice(1)))).filters).toEqual(f);
    expect(filterQuery(noFilters)).toBe("");
    expect(hasFilters(f)).toBe(true);
    expect(hasFilters(noFilters)).toBe(false);
  });

  it("makes the date range inclusive of the whole last day", () => {
    const b = dateBounds({ ...noFilters, from: "2024-01-01", to: "2024-01-31" });
    expect(b.gte?.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(b.lt?.toISOString()).toBe("2024-02-01T00:00:00.000Z");
  });
});
