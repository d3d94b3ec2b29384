// The in-memory index a screen runs on: every listed name and alias, normalised once, with token rarity
// weights learned from the list itself and two lookups that keep a screen from scoring every name:
// token -> names (postings) and one-letter-deletion keys -> tokens (a SymSpell neighbourhood), which finds
// every token one typo away. The scorer only credits equal tokens or tokens one typo apart, so every name the
// scorer could rate above zero shares an indexed token with the query; only postings of very common tokens
// ("co", "beijing") are skipped, and the benchmark measures what that costs against scoring every name.
import { deletions } from "./jaro-winkler";
import { legalFormTokens, normaliseName } from "./normalise";
import { placeTokens, placeWeightCap } from "./places";
import type { ScreenableEntry } from "./types";

/** Tokens shorter than this match exactly or not at all: acronyms and short names never match fuzzily. */
export const minFuzzyLength = 5;
/** Weight of legal-form tokens: present in most names, they tell nothing apart. */
export const legalFormWeight = 0.25;

export type NameKind = "name" | "alias" | "acronym";

export type CandidateIndex = {
  entries: ScreenableEntry[];
  /** per listed name: its entry, kind, text and distinct token ids */
  nameEntry: Int32Array;
  nameKind: NameKind[];
  nameText: string[];
  nameJoined: string[];
  nameTokens: Int32Array[];
  vocab: Map<string, number>;
  tokens: string[];
  /** number of names holding the token */
  df: Int32Array;
  weight: Float64Array;
  postings: Int32Array[];
  /** deletion key (or the token itself) -> ids of tokens at least minFuzzyLength long */
  neighbourhood: Map<string, number[]>;
  /** weight of a token the list has never seen: rarer than anything in it */
  unseenWeight: number;
  /** tokens held by more names than this are not used to find candidates (they are still scored) */
  maxPostings: number;
  entryCountries: Set<string>[];
};

export function tokenWeight(token: string, df: number, nameCount: number): number {
  if (legalFormTokens.has(token)) return legalFormWeight;
  const idf = Math.log((nameCount + 1) / (df + 0.5));
  return placeTokens.has(token) ? Math.min(idf, placeWeightCap) : idf;
}

export function buildCandidateIndex(entries: readonly ScreenableEntry[]): CandidateIndex {
  const vocab = new Map<string, number>();
  const tokens: string[] = [];
  const dfList: number[] = [];
  const nameEntry: number[] = [];
  const nameKind: NameKind[] = [];
  const nameText: string[] = [];
  const nameJoined: string[] = [];
  const nameTokens: Int32Array[] = [];
  const addName = (entryIndex: number, text: string, kind: NameKind) => {
    const n = normaliseName(text);
    if (n.tokens.length === 0) return;
    const ids = new Set<number>();
    for (const t of n.tokens) {
      let id = vocab.get(t);
      if (id === undefined) {
        id = tokens.length;
        vocab.set(t, id);
        tokens.push(t);
        dfList.push(0);
      }
      ids.add(id);
    }
    for (const id of ids) dfList[id]!++;
    nameEntry.push(entryIndex);
    nameKind.push(kind);
    nameText.push(text);
    nameJoined.push(n.joined);
    nameTokens.push(Int32Array.from(ids));
  };
  entries.forEach((e, i) => {
    addName(i, e.name, "name");
    for (const a of e.aliases) addName(i, a.name, a.kind);
  });

  const nameCount = nameTokens.length;
  const df = Int32Array.from(dfList);
  const weight = new Float64Array(tokens.length);
  tokens.forEach((t, id) => (weight[id] = tokenWeight(t, df[id]!, nameCount)));

  const postingLists: number[][] = tokens.map(() => []);
  nameTokens.forEach((ids, nameIdx) => ids.forEach((id) => postingLists[id]!.push(nameIdx)));
  const postings = postingLists.map((p) => Int32Array.from(p));

  const neighbourhood = new Map<string, number[]>();
  const addKey = (key: string, id: number) => {
    const list = neighbourhood.get(key);
    if (list) {
      if (list[list.length - 1] !== id) list.push(id);
    } else neighbourhood.set(key, [id]);
  };
  tokens.forEach((t, id) => {
    if (t.length < minFuzzyLength) return;
    addKey(t, id);
    for (const d of deletions(t)) addKey(d, id);
  });

  return {
    entries: [...entries],
    nameEntry: Int32Array.from(nameEntry),
    nameKind,
    nameText,
    nameJoined,
    nameTokens,
    vocab,
    tokens,
    df,
    weight,
    postings,
    neighbourhood,
    unseenWeight: Math.log((nameCount + 1) / 0.5),
    maxPostings: Math.max(100, Math.ceil(nameCount * 0.01)),
    entryCountries: entries.map((e) => new Set(e.countries)),
  };
}
