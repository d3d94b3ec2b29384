// Band thresholds an admin may set. Pure validation, shared by the settings form and the data layer.
import { defaultThresholds, type Thresholds } from "./types";

export function parseThresholds(value: unknown): Thresholds | null {
  if (!value || typeof value !== "object") return null;
  const { match, review } = value as Record<string, unknown>;
  if (typeof match !== "number" || typeof review !== "number" || !Number.isInteger(match) || !Number.isInteger(review))
    return null;
  if (review < 1 || match > 100 || review >= match) return null;
  return { match, review };
}

/** Stored thresholds, or the defaults when none (or something unreadable) is stored. */
export function thresholdsOrDefault(value: unknown): Thresholds {
  return parseThresholds(value) ?? defaultThresholds;
}
