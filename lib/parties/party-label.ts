// How a stored party is named in a form: "Name (CN)", or the bare name when its country is unknown. A form posts
// the label it shows, so a picked party is found again by its label even when the browser never ran a script.

/** A stored party as a picker suggests it. */
export type PartyChoice = { id: string; label: string };

export const partyLabel = (p: { name: string; country: string | null }) =>
  p.country ? `${p.name} (${p.country})` : p.name;

/** "Acme Ltd (CN)" -> name "Acme Ltd", country "CN"; a label without a country suffix names only the party. */
export function parsePartyLabel(label: string): { name: string; country: string | null } {
  const trimmed = label.trim().replace(/\s+/g, " ");
  const m = /^(.*\S)\s+\(([A-Z]{2})\)$/.exec(trimmed);
  return m ? { name: m[1]!, country: m[2]! } : { name: trimmed, country: null };
}
