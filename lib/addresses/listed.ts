// Address-only Entity List entries: since 89 FR 51644 (FR document 2024-13148, published 2024-06-18, effective
// 2024-06-12) the Entity List may list an address without a name, and 15 CFR 744.16(a) requires a licence "when
// any entity using an address of high diversion risk associated with that entry is a party to a transaction"
// (744.16 as quoted by govregs.com; the rule "add[s] ... eight addresses to the Entity List", all in Hong Kong,
// regulations.justia.com/regulations/fedreg/2024/06/18/2024-13148.html). Such an entry binds whoever is at the
// address, whatever its name, so a party is screened by its address against them.
//
// How the Consolidated Screening List carries such an entry is NOT confirmed here: the CSL copies the team
// holds (../shared/reference/csl/) predate 2024. Read here: an Entity List entry whose listed name is itself an
// address (a unit or floor, and a numbered street or a building), as secondary sources print the entries.
import { matchAddress, splitAddresses, type AddressMatch } from "./match";
import { parseAddress, type AddressParts } from "./normalise";

export type ListedAddressEntry = {
  id: string;
  entryKey: string;
  contentHash: string;
  sourceCode: string;
  name: string;
  addresses: string | null;
};

export type ListedAddressHit<E extends ListedAddressEntry = ListedAddressEntry> = {
  entry: E;
  /** the listed address the party's address met */
  listedAddress: string;
  /** the party's address that met it */
  partyAddress: string;
  match: AddressMatch;
};

export const addressOnlyFrom = "2024-06-12";

function looksLikeAddress(p: AddressParts): boolean {
  return (p.units.length > 0 || p.floor != null) && (p.number != null || p.building != null) && p.street != null;
}

export function addressOnlyEntry(e: ListedAddressEntry): boolean {
  if (e.sourceCode !== "EL") return false;
  return looksLikeAddress(parseAddress(e.name.replace(/^address:\s*/i, "")));
}

type Prepared<E> = { entry: E; address: string; parts: AddressParts }[];
const prepared = new WeakMap<readonly ListedAddressEntry[], Prepared<ListedAddressEntry>>();

/** The address-only entries among these, each address parsed once (kept per entry array). */
function addressOnly<E extends ListedAddressEntry>(entries: readonly E[]): Prepared<E> {
  const held = prepared.get(entries);
  if (held) return held as Prepared<E>;
  const out: Prepared<E> = [];
  for (const e of entries) {
    if (!addressOnlyEntry(e)) continue;
    const address = e.name.replace(/^address:\s*/i, "");
    out.push({ entry: e, address, parts: parseAddress(address) });
  }
  prepared.set(entries, out as Prepared<ListedAddressEntry>);
  return out;
}

/** Each listed address-only entry the party's addresses meet: the best match per entry. */
export function listedAddressHits<E extends ListedAddressEntry>(
  partyAddresses: string | null | undefined,
  entries: readonly E[],
): ListedAddressHit<E>[] {
  const mine = splitAddresses(partyAddresses);
  if (!mine.length) return [];
  const listed = addressOnly(entries);
  if (!listed.length) return [];
  const parsed = mine.map((a) => ({ address: a, parts: parseAddress(a) }));
  const hits: ListedAddressHit<E>[] = [];
  for (const l of listed) {
    let best: ListedAddressHit<E> | null = null;
    for (const p of parsed) {
      const m = matchAddress(p.parts, l.parts);
      if (m && (!best || (m.strength === "match" && best.match.strength === "review")))
        best = { entry: l.entry, listedAddress: l.address, partyAddress: p.address, match: m };
    }
    if (best) hits.push(best);
  }
  return hits;
}
