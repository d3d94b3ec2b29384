import "server-only";
// Per-request memoised loaders: the BOM panel, the list panel and the report share one read of the exposure.
import { cache } from "react";
import {
  loadExposure,
  loadFilterChoices,
  loadListPanel,
  loadPartiesPanel,
  loadRevenuePanel,
  loadTimeline,
} from "@/lib/data/overview";
import { memoUntilChange } from "@/lib/data/memo-until-change";
import type { OverviewFilters } from "@/lib/overview/filters";

// React's cache compares arguments by identity, so the filters go in as their JSON
const byKey = <T>(load: (f: OverviewFilters) => Promise<T>) => {
  const cached = cache((key: string) => load(JSON.parse(key) as OverviewFilters));
  return (f: OverviewFilters) => cached(JSON.stringify(f));
};

export const listPanel = cache(loadListPanel);
export const partiesPanel = byKey(loadPartiesPanel);
// the two roll-ups that read every current check and every financial row are kept until the next change
export const exposure = byKey((f) => memoUntilChange(`exposure:${JSON.stringify(f)}`, () => loadExposure(f)));
export const revenuePanel = byKey((f) =>
  memoUntilChange(`revenue:${JSON.stringify(f)}`, () => loadRevenuePanel(f), { day: true }),
);
export const timeline = byKey((f) => loadTimeline(f));
export const filterChoices = cache(loadFilterChoices);
