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

type ListedAddress<E> = { entry: E; address: string; parts: AddressParts };
/**
 * The address-only entries, each address parsed once, found by unit and by street number: an address can only
 * meet a listed one that shares its unit (or, with no unit on one side, its street number), so a party's
 * address is compared with a handful of listed ones, not all of them.
 */
type Prepared<E> = {
  all: ListedAddress<E>[];
  byUnit: Map<string, ListedAddress<E>[]>;
  byNumber: Map<number, ListedAddress<E>[]>;
  /** listed with no street number: compared with every address that shares no unit */
  unnumbered: ListedAddress<E>[];
};
const prepared = new WeakMap<readonly ListedAddressEntry[], Prepared<ListedAddressEntry>>();
const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const held = m.get(k);
  if (held) held.push(v);
  else m.set(k, [v]);
};

function addressOnly<E extends ListedAddressEntry>(entries: readonly E[]): Prepared<E> {
  const held = prepared.get(entries);
  if (held) return held as Prepared<E>;
  const out: Prepared<E> = { all: [], byUnit: new Map(), byNumber: new Map(), unnumbered: [] };
  for (const e of entries) {
    if (!addressOnlyEntry(e)) continue;
    const address = e.name.replace(/^address:\s*/i, "");
    const l = { entry: e, address, parts: parseAddress(address) };
    out.all.push(l);
    for (const u of l.parts.units) push(out.byUnit, u, l);
    const n = l.parts.number;
    if (!n) out.unnumbered.push(l);
    else for (let i = n[0]; i <= Math.min(n[1], n[0] + 100); i++) push(out.byNumber, i, l);
  }
  prepared.set(entries, out);
  return out;
}

function candidates<E>(p: AddressParts, listed: Prepared<E>): Iterable<ListedAddress<E>> {
  const out = new Set<ListedAddress<E>>();
  for (const u of p.units) for (const l of listed.byUnit.get(u) ?? []) out.add(l);
  if (p.number)
    for (let i = p.number[0]; i <= Math.min(p.number[1], p.number[0] + 100); i++)
      for (const l of listed.byNumber.get(i) ?? []) out.add(l);
  else for (const l of listed.all) out.add(l);
  for (const l of listed.unnumbered) out.add(l);
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
  if (!listed.all.length) return [];
  const best = new Map<ListedAddress<E>, ListedAddressHit<E>>();
  for (const address of mine) {
    const parts = parseAddress(address);
    for (const l of candidates(parts, listed)) {
      const m = matchAddress(parts, l.parts);
      const held = best.get(l);
      if (m && (!held || (m.strength === "match" && held.match.strength === "review")))
        best.set(l, { entry: l.entry, listedAddress: l.address, partyAddress: address, match: m });
    }
  }
  // in list order, as the entries came
  return listed.all.flatMap((l) => best.get(l) ?? []);
}
