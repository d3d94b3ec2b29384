// A scenario as saved and shared: the levers, the ranges that carry uncertainty, the seed. Parsed strictly:
// unknown or mistyped fields and out-of-range values are refused with the field, the value and the range.
import { leverRanges, type Levers } from "./model";
import type { Ranges } from "./uncertainty";

export type ScenarioParams = { levers: Levers; ranges: Ranges; seed: number };

export const defaultParams: ScenarioParams = {
  levers: {
    listingPeriod: 0,
    lossShare: 0.8,
    substitutionMonths: 18,
    substitutionRecovery: 0.3,
    substitutionCostPremium: 0.15,
    conversionShare: 0.35,
    softwarePriceRatio: 0.6,
    conversionRampMonths: 12,
    softwareMargin: 0.75,
    licenceApproval: 0.1,
    growthAfterShockBp: 200,
    licenceVolumeCap: 1,
    licenceFeeShare: 0,
    licenceLeadMonths: 0,
  },
  ranges: {
    lossShare: { min: 0.6, max: 1 },
    conversionShare: { min: 0.15, max: 0.55 },
    substitutionRecovery: { min: 0.1, max: 0.5 },
    licenceApproval: { min: 0, max: 0.3 },
  },
  seed: 2019,
};

const leverKeys = Object.keys(leverRanges) as (keyof Levers)[];

export function parseScenarioParams(
  raw: unknown,
): { ok: true; params: ScenarioParams } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (!raw || typeof raw !== "object")
    return { ok: false, problems: ["a scenario is an object with levers, ranges and seed"] };
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r))
    if (!["levers", "ranges", "seed"].includes(k))
      problems.push(`unknown field "${k}" (expected levers, ranges, seed)`);
  const levers = { ...defaultParams.levers };
  const lv = (r.levers ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(lv)) {
    if (!leverKeys.includes(k as keyof Levers)) {
      problems.push(`levers.${k}: unknown lever`);
      continue;
    }
    const v = lv[k];
    const range = leverRanges[k as keyof Levers];
    if (typeof v !== "number" || !Number.isFinite(v)) problems.push(`levers.${k}: "${String(v)}" is not a number`);
    else if (v < range.min || v > range.max)
      problems.push(`levers.${k}: ${v} is outside ${range.min} to ${range.max} (${range.label})`);
    else levers[k as keyof Levers] = v;
  }
  const ranges: Ranges = {};
  const rg = (r.ranges ?? {}) as Record<string, unknown>;
  for (const k of Object.keys(rg)) {
    if (!leverKeys.includes(k as keyof Levers)) {
      problems.push(`ranges.${k}: unknown lever`);
      continue;
    }
    const g = rg[k] as { min?: unknown; max?: unknown } | null;
    const range = leverRanges[k as keyof Levers];
    if (!g || typeof g.min !== "number" || typeof g.max !== "number") {
      problems.push(`ranges.${k}: expected { min, max } numbers`);
      continue;
    }
    if (g.min > g.max || g.min < range.min || g.max > range.max) {
      problems.push(`ranges.${k}: ${g.min} to ${g.max} is not within ${range.min} to ${range.max} with min <= max`);
      continue;
    }
    ranges[k as keyof Levers] = { min: g.min, max: g.max };
  }
  const seed = r.seed === undefined ? defaultParams.seed : r.seed;
  if (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0)
    problems.push(`seed: "${String(seed)}" must be a whole number of 0 or more`);
  return problems.length ? { ok: false, problems } : { ok: true, params: { levers, ranges, seed: seed as number } };
}

/** A scenario in a URL parameter (base64url JSON), so a link reproduces the view. */
export function encodeParams(p: ScenarioParams): string {
  const json = JSON.stringify(p);
  return typeof btoa === "function"
    ? btoa(unescape(encodeURIComponent(json)))
        .replace(/\+/g, "-")
        .replace(/\//g, "_")
        .replace(/=+$/, "")
    : Buffer.from(json).toString("base64url");
}

export function decodeParams(s: string | null | undefined): ScenarioParams | null {
  if (!s) return null;
  try {
    const b64 = s.replace(/-/g, "+").replace(/_/g, "/");
    const json =
      typeof atob === "function" ? decodeURIComponent(escape(atob(b64))) : Buffer.from(s, "base64url").toString("utf8");
    const parsed = parseScenarioParams(JSON.parse(json));
    return parsed.ok ? parsed.params : null;
  } catch {
    return null;
  }
}
