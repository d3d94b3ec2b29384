// Which years a scenario covers and where the listing falls in them, from the data and today's date (passed in):
// forecasts start the year after the last period with figures and run at least `minPeriods` years and at least
// `yearsPastToday` years past today, so a 2020 base seen in 2026 projects 2021-2029 rather than stopping in 2025.
// A listing may fall before, inside or after the base year.
import type { Horizon } from "./model";

export const MAX_PERIODS = 15;

export function horizonFrom(
  lastPeriod: string | null,
  today: Date,
  opts: { minPeriods?: number; yearsPastToday?: number; endYear?: number } = {},
): Horizon {
  const thisYear = today.getUTCFullYear();
  const base = lastPeriod && /^\d{4}$/.test(lastPeriod) ? Number(lastPeriod) : thisYear - 1;
  const start = base + 1;
  const end = opts.endYear ?? Math.max(start + (opts.minPeriods ?? 5) - 1, thisYear + (opts.yearsPastToday ?? 3));
  const n = Math.min(MAX_PERIODS, Math.max(1, end - start + 1));
  return { periods: Array.from({ length: n }, (_, i) => String(start + i)), monthsPerPeriod: 12 };
}

export type ListingPlacement = {
  /** index of the first horizon period the listing affects; negative when it came before the horizon */
  listingPeriod: number;
  where: "before the base year" | "in the base year" | "in the forecast" | "after the forecast";
  sentence: string;
};

/** Where a listing date falls against a yearly horizon whose first period follows the base year. */
export function placeListing(listingDate: string, horizon: Horizon): ListingPlacement {
  const year = Number(listingDate.slice(0, 4));
  const first = Number(horizon.periods[0]);
  const last = Number(horizon.periods[horizon.periods.length - 1]);
  const listingPeriod = year - first;
  if (year < first - 1)
    return {
      listingPeriod,
      where: "before the base year",
      sentence: `Listed on ${listingDate}, before the base year ${first - 1}: its figures already show the listing; the model continues substitution and conversion from the months since then.`,
    };
  if (year === first - 1)
    return {
      listingPeriod,
      where: "in the base year",
      sentence: `Listed on ${listingDate}, in the base year ${first - 1}: the model starts the shock there, with substitution and conversion counted from the listing.`,
    };
  if (year > last)
    return {
      listingPeriod: horizon.periods.length,
      where: "after the forecast",
      sentence: `Listed on ${listingDate}, after the last forecast year ${last}: no shock within the forecast.`,
    };
  return {
    listingPeriod,
    where: "in the forecast",
    sentence: `Listed on ${listingDate}: the shock starts in ${year}.`,
  };
}
