// Quality gates before a new list version becomes current. A version that fails one is quarantined with
// its reasons, and the current version keeps serving until an admin approves or rejects it.
import { cslColumns } from "./csl-columns";

export const QUALITY_LIMITS = { maxSourceDropShare: 0.05, maxInvalidShare: 0.01 } as const;

const expectedColumns = {
  "csl-current": Object.keys(cslColumns).filter((c) => c !== "id"),
  "csl-legacy": Object.keys(cslColumns).filter((c) => c !== "id" && c !== "_id"),
} as const;

export function qualityReasons(input: {
  format: string;
  headers: readonly string[];
  previousCounts: Record<string, number> | null;
  counts: Record<string, number>;
  read: number;
  invalid: number;
}): string[] {
  const reasons: string[] = [];
  const expected = expectedColumns[input.format as keyof typeof expectedColumns];
  if (expected) {
    const present = new Set(input.headers.map((h) => h.trim().toLowerCase()));
    const missing = expected.filter((c) => !present.has(c));
    if (missing.length) reasons.push(`columns missing or renamed: ${missing.join(", ")}`);
  }
  if (input.previousCounts) {
    for (const [source, before] of Object.entries(input.previousCounts).sort()) {
      const after = input.counts[source] ?? 0;
      if (before > 0 && (before - after) / before > QUALITY_LIMITS.maxSourceDropShare) {
        reasons.push(
          `${source}: ${before} -> ${after} entries (${after === 0 ? "the whole source list is missing" : `-${Math.round(((before - after) / before) * 100)}%`})`,
        );
      }
    }
  }
  if (input.read > 0 && input.invalid / input.read > QUALITY_LIMITS.maxInvalidShare) {
    reasons.push(`${input.invalid} of ${input.read} rows invalid (more than ${QUALITY_LIMITS.maxInvalidShare * 100}%)`);
  }
  return reasons;
}

/**
 * The JSON columns the screening and the licence rules read. The publisher's JSON may leave out a field that
 * is empty in every record, so only these are required: a file in which none of the records has one of them
 * has renamed or dropped it (the CSV layouts are checked by their header instead).
 */
export const requiredJsonColumns = [
  "source",
  "name",
  "alt_names",
  "addresses",
  "federal_register_notice",
  "start_date",
  "license_requirement",
  "license_policy",
] as const;

export function jsonColumnReasons(records: readonly Record<string, unknown>[]): string[] {
  if (records.length === 0) return [];
  const seen = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) seen.add(k.trim().toLowerCase());
  const missing = requiredJsonColumns.filter((c) => !seen.has(c));
  return missing.length ? [`columns missing or renamed: ${missing.join(", ")}`] : [];
}
