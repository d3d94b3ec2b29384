import "server-only";
// Finding a stored party by what a user typed: the picker's suggestions, and the label a form posts.
import { db } from "../db";
import { AppError } from "../errors";
import { parsePartyLabel, partyLabel, type PartyChoice } from "../parties/party-label";

// SQLite's LIKE ignores ASCII case; PostgreSQL's does not, and the portable client has no `mode: "insensitive"`
// (lib/db.ts): the usual spellings of the text are asked for instead.
const spellings = (q: string) => [
  ...new Set([q, q.toLowerCase(), q.toUpperCase(), q.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())]),
];
// the two databases sort text differently: the suggestions are put in one order here
const byLabel = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Up to `limit` stored parties whose name contains `text` (a label's country suffix narrows by country). */
export async function suggestParties(text: string, limit = 20): Promise<PartyChoice[]> {
  const { name, country } = parsePartyLabel(text);
  if (!name) return [];
  const rows = await db().party.findMany({
    where: { OR: spellings(name).map((s) => ({ name: { contains: s } })), ...(country ? { country } : {}) },
    orderBy: [{ name: "asc" }, { country: "asc" }],
    take: limit,
    select: { id: true, name: true, country: true },
  });
  return rows.map((p) => ({ id: p.id, label: partyLabel(p) })).sort((a, b) => byLabel.compare(a.label, b.label));
}

/** The one stored party a posted label names; an INVALID_INPUT error saying why when there is none. */
export async function partyIdForLabel(label: string): Promise<string> {
  const { name, country } = parsePartyLabel(label);
  const rows = await db().party.findMany({
    where: { name, ...(country ? { country } : {}) },
    take: 3,
    select: { id: true, name: true, country: true },
  });
  if (rows.length === 1) return rows[0]!.id;
  throw new AppError(
    "INVALID_INPUT",
    rows.length
      ? `${rows.length > 2 ? "Several" : "Two"} stored parties are named “${name}”${country ? ` in ${country}` : ""}: pick one with its country from the suggestions.`
      : `No stored party is named “${label.trim()}”: pick one from the suggestions.`,
  );
}
