// Which stored version of the regulation's tables is in force on a date: the latest active one whose eCFR date is
// on or before it. None means the callers use the shipped baseline. Quarantined and rejected versions never apply.

export type VersionStanding = { id: string; status: string };

export const regulationStatuses = ["active", "quarantined", "rejected"] as const;
export type RegulationStatus = (typeof regulationStatuses)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function versionInForce<V extends VersionStanding>(versions: readonly V[], onDate: string): V | null {
  let best: V | null = null;
  for (const v of versions) if (v.status === "active" && v.id <= onDate && (!best || v.id > best.id)) best = v;
  return best;
}
