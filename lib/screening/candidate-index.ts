// The in-memory index a screen runs on: every listed name and alias, normalised once, with token rarity
// weights learned from the list itself and two lookups that keep a screen from scoring every name:
// token -> names (postings) and one-letter-deletion keys -> tokens (a SymSpell neighbourhood), which finds
// every token one typo away. The scorer only credits equal tokens or tokens one typo apart, so every name the
// scorer could rate above zero shares an indexed token with the query; only postings of very common tokens
// ("co", "beijing") are skipped, and the benchmark measures what that costs against scoring every name.
import { formWords, wordKind } from "./common-words";
import { deletions } from "./jaro-winkler";
import { legalFormTokens, screeningName, stopTokens, type NormalisedName } from "./normalise";
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
  /** per listed name: where a known alias came from (an alias file's source), or null for the list's own names */
  nameSource: (string | null)[];
  /** 1 for a listed acronym ("(NUDT)", or a name that is one short upper-case word: "CETC"): review, never match */
  nameAcronym: Uint8Array;
  nameJoined: string[];
  nameTokens: Int32Array[];
  vocab: Map<string, number>;
  tokens: string[];
  /** number of names holding the token */
  df: Int32Array;
  weight: Float64Array;
  /** per token: 3 for a legal form, 2 for a place, 1 for another common word, 0 for a distinctive word (common-words.ts wordKind) */
  common: Uint8Array;
  /** per token: 1 for a group or holding word (common-words.ts formWords) */
  form: Uint8Array;
  postings: Int32Array[];
  /** a common word's postings restricted to names of common words only (a distinctive word's: all its postings) */
  plainPostings: Int32Array[];
  /** deletion key (or the token itself) -> ids of tokens at least minFuzzyLength long */
  neighbourhood: Map<string, number[]>;
  /** weight of a token the list has never seen: rarer than anything in it */
  unseenWeight: number;
  /** tokens held by more names than this are not used to find candidates (they are still scored) */
  maxPostings: number;
  entryCountries: Set<string>[];
  /** consonant skeleton -> token ids, built on the first query in Arabic script (query.ts, romanise.ts) */
  skeletons?: Map<string, number[]>;
  /** initials of listed names of three or more words ("National Supercomputing Center Changsha" -> nscc) -> name indices */
  initials: Map<string, number[]>;
};

/**
 * A listed name written as one short upper-case word whose letters open words of another of the entry's names,
 * in order ("CETC" for "China Electronics Technology Group Corporation"), is an acronym whatever the list calls it.
 */
export function looksLikeAcronym(
  text: string,
  tokens: readonly string[],
  otherNames: readonly { tokens: readonly string[] }[],
): boolean {
  if (tokens.length > 3) return false;
  const core = tokens.filter((t) => !legalFormTokens.has(t));
  if (core.length !== 1 || core[0]!.length > 6 || core[0]!.length < 2) return false;
  const written = text.replace(/[^\p{L}\p{N}]+/gu, "");
  if (written.toUpperCase() !== written) return false;
  const letters = core[0]!;
  return otherNames.some(({ tokens: words }) => {
    let i = 0;
    for (const w of words) if (i < letters.length && w[0] === letters[i]) i++;
    return i === letters.length;
  });
}

/**
 * The listed name without the parenthesised acronyms the list reader made aliases of: "National Supercomputing
 * Center Changsha (NSCC-CS)" is scored as the words it spells out, the acronym on its own.
 */
export function withoutAcronyms(name: string, aliases: ScreenableEntry["aliases"]): string {
  let out = name;
  for (const a of aliases) if (a.kind === "acronym") out = out.split(`(${a.name})`).join(" ");
  // an alias's own parenthesised acronym ("China Electronics Technology Group Corp. (CETC) 54th Research Institute")
  out = out.replace(/\(\s*[A-Z][A-Z0-9-]{2,9}\s*\)/g, " ");
  return out.trim() === "" ? name : out;
}

/**
 * First letters of a name of three to eight words, stop words left out, with and without a closing
 * "Corporation" or "Company" ("Semiconductor Manufacturing International Corporation" is SMIC), or none.
 */
export function initialsOf(tokens: readonly string[]): string[] {
  if (tokens.length < 3) return [];
  const words = tokens.filter((t) => !stopTokens.has(t));
  const core = words.filter((t) => !legalFormTokens.has(t));
  if (core.length < 3 || core.length > 8 || words.some((w) => !/^[a-z]/.test(w))) return [];
  const out = [core.map((w) => w[0]).join("")];
  const last = words[words.length - 1]!;
  if (last === "corp" || last === "co") out.push(out[0] + "c");
  return out;
}

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
  const nameSource: (string | null)[] = [];
  const nameJoined: string[] = [];
  const nameTokens: Int32Array[] = [];
  const nameAcronym: number[] = [];
  const initials = new Map<string, number[]>();
  const addName = (
    entryIndex: number,
    text: string,
    kind: NameKind,
    entryNames: readonly NormalisedName[],
    n: NormalisedName,
    source: string | null = null,
  ) => {
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
    nameSource.push(source);
    nameJoined.push(n.joined);
    nameTokens.push(Int32Array.from(ids));
    nameAcronym.push(kind === "acronym" || looksLikeAcronym(text, n.tokens, entryNames) ? 1 : 0);
    for (const letters of initialsOf(n.tokens)) {
      const list = initials.get(letters) ?? initials.set(letters, []).get(letters)!;
      list.push(nameEntry.length - 1);
    }
  };
  entries.forEach((e, i) => {
    // each name normalised once (the acronym test reads the entry's other names)
    const names = [e.name, ...e.aliases.map((a) => a.name)].map((n) => screeningName(n));
    const bareName = withoutAcronyms(e.name, e.aliases);
    addName(i, e.name, "name", names, bareName === e.name ? names[0]! : screeningName(bareName));
    e.aliases.forEach((a, k) => {
      addName(i, a.name, a.kind, names, names[k + 1]!, a.source ?? null);
      // and, when it holds a parenthesised acronym, without it too: "China Electronics Technology Group Corp.
      // (CETC) 54th Research Institute" is met with and without "CETC"
      const bare = a.kind === "acronym" ? a.name : withoutAcronyms(a.name, []);
      if (bare !== a.name) addName(i, a.name, a.kind, names, screeningName(bare), a.source ?? null);
    });
  });

  const nameCount = nameTokens.length;
  const df = Int32Array.from(dfList);
  const weight = new Float64Array(tokens.length);
  tokens.forEach((t, id) => (weight[id] = tokenWeight(t, df[id]!, nameCount)));
  const common = Uint8Array.from(tokens, wordKind);
  const form = Uint8Array.from(tokens, (t) => (formWords.has(t) ? 1 : 0));

  const postingLists: number[][] = tokens.map(() => []);
  nameTokens.forEach((ids, nameIdx) => ids.forEach((id) => postingLists[id]!.push(nameIdx)));
  const postings = postingLists.map((p) => Int32Array.from(p));
  // names made only of common words, places and legal forms: the only names a query can reach through a
  // common word alone (score.ts: sharing only common words with a name that has a distinctive one is clear)
  const plainName = nameTokens.map((ids) => ids.every((id) => common[id]! > 0));
  const plainPostings = postingLists.map((p, id) =>
    common[id]! > 0 ? Int32Array.from(p.filter((n) => plainName[n])) : postings[id]!,
  );

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
    nameSource,
    nameAcronym: Uint8Array.from(nameAcronym),
    nameJoined,
    nameTokens,
    vocab,
    tokens,
    df,
    weight,
    common,
    form,
    postings,
    plainPostings,
    neighbourhood,
    unseenWeight: Math.log((nameCount + 1) / 0.5),
    maxPostings: Math.max(100, Math.ceil(nameCount * 0.01)),
    entryCountries: entries.map((e) => new Set(e.countries)),
    initials,
  };
}
