// The audit log in words: what changed in an entry, field by field ("quarantine reason: … → …"), and which record
// it is about by a name a person recognises. The stored entry keeps its JSON and ids (the hash chain covers
// them); this is only how the page reads it.

import { humanField } from "../words";

const MAX_VALUE = 300;

/** A record id as the database makes them: never shown as such. */
const recordId = /^(c[a-z0-9]{24}|[0-9a-f]{32})$/;

function valueText(v: unknown): string {
  if (v == null || v === "") return "—";
  if (typeof v === "string") return recordId.test(v) ? `record …${v.slice(-6)}` : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.length ? v.map(valueText).join(", ") : "none";
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${humanField(k)} ${valueText(x)}`)
    .join("; ");
}

const cut = (s: string) => (s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s);

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * One line per field that differs: "field: before → after", "field: after" for a new value, "field: before →
 * removed" for one taken away. A value that is not an object is shown whole as "value: …".
 */
export function describeChange(before: unknown, after: unknown): string[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) {
    if (before == null && after == null) return [];
    return [before == null ? cut(valueText(after)) : `${cut(valueText(before))} → ${cut(valueText(after))}`];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const lines: string[] = [];
  for (const k of keys) {
    const was = b?.[k];
    const now = a?.[k];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    const field = humanField(k);
    if (b && was !== undefined && now === undefined) lines.push(`${field}: ${cut(valueText(was))} → removed`);
    else if (!b || was === undefined) lines.push(`${field}: ${cut(valueText(now))}`);
    else lines.push(`${field}: ${cut(valueText(was))} → ${cut(valueText(now))}`);
  }
  return lines;
}

/** The record an entry is about, by its name, label or email where the entry has one, else a short reference. */
export function recordLabel(entityId: string | null, before: unknown, after: unknown): string {
  for (const v of [asRecord(after), asRecord(before)])
    for (const k of ["name", "label", "email", "fileName", "partName"]) {
      const value = v?.[k];
      if (typeof value === "string" && value) return value;
    }
  if (!entityId) return "—";
  return recordId.test(entityId) ? `…${entityId.slice(-6)}` : entityId;
}
