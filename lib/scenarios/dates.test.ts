import { describe, expect, it } from "vitest";
import { horizonFrom, placeListing } from "./dates";

describe("scenario dates", () => {
  it("runs from the year after the data to at least three years past today", () => {
    expect(horizonFrom("2020", new Date("2026-12-07")).periods).toEqual([
      "2021",
      "2022",
      "2023",
      "2024",
      "2025",
      "2026",
      "2027",
      "2028",
      "2029",
    ]);
    expect(horizonFrom("2025", new Date("2026-01-01")).periods).toEqual(["2026", "2027", "2028", "2029", "2030"]);
    expect(horizonFrom(null, new Date("2026-05-01")).periods[0]).toBe("2026");
    expect(horizonFrom("2018", new Date("2026-05-01"), { endYear: 2024 }).periods).toHaveLength(6);
  });

  it("places a listing before, inside or after the base year", () => {
    const h = horizonFrom("2020", new Date("2026-12-07"));
    expect(placeListing("2019-10-09", h)).toMatchObject({ listingPeriod: -2, where: "before the base year" });
    expect(placeListing("2020-05-01", h)).toMatchObject({ listingPeriod: -1, where: "in the base year" });
    expect(placeListing("2021-01-15", h)).toMatchObject({ listingPeriod: 0, where: "in the forecast" });
    expect(placeListing("2040-01-01", h)).toMatchObject({ listingPeriod: 9, where: "after the forecast" });
  });
});
