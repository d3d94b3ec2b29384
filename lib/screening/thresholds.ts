// Band thresholds an admin may set: one rule, used by the settings form, the use case that saves them and the
// reader of stored ones.
import { z } from "zod";
import { defaultThresholds, type Thresholds } from "./types";

/** Whole scores: review from 1, match up to 100, review below match. Form fields arrive as text. */
export const thresholdsSchema = z
  .object({ match: z.coerce.number().int().min(2).max(100), review: z.coerce.number().int().min(1).max(99) })
  .refine((t) => t.review < t.match, { message: "Review must be below match.", path: ["review"] });

export function parseThresholds(value: unknown): Thresholds | null {
  if (!value || typeof value !== "object") return null;
  const r = thresholdsSchema.safeParse(value);
  return r.success ? r.data : null;
}

/** Stored thresholds, or the defaults when none (or something unreadable) is stored. */
export function thresholdsOrDefault(value: unknown): Thresholds {
  return parseThresholds(value) ?? defaultThresholds;
}
