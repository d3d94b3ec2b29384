// A party name made ready to screen: normalised, each token resolved against the list's vocabulary (the
// token itself, its one-typo neighbours, or its split into listed tokens) and weighed.
import type { CandidateIndex } from "./candidate-index";
import { legalFormWeight, minFuzzyLength } from "./candidate-index";
import { deletions, jaroWinkler, withinOneEdit } from "./jaro-winkler";
import { formWords, wordKind } from "./common-words";
import { canonicalToken, legalFormTokens, screeningName } from "./normalise";
import { placeTokens, placeWeightCap } from "./places";
import { consonantSkeleton, hasArabicScript, minSkeleton } from "./romanise";

export type QueryToken = {
  text: string;
  /** vocabulary id when the list holds the token itself */
  id: number | undefined;
  weight: number;
  /** 3 legal form, 2 place, 1 another common word, 0 distinctive (as CandidateIndex.common) */
  common: number;
  /** a group or holding word (common-words.ts formWords) */
  form: boolean;
  /** vocabulary ids this token matches, with the similarity each earns */
  similar: Map<number, number>;
  /** a part of a longer word the query wrote joined: it identifies less than a word written on its own */
  fromSplit?: boolean;
};

/** `unjoined`: the same query without joining neighbours, scored too ("Sur Link" may be "Surlink" or "Sur-Link") */
export type PreparedQuery = { tokens: QueryToken[]; joined: string; unjoined?: PreparedQuery };

/**
 * Fewest listed tokens (2 or 3, each 4+ letters, none repeated) that spell the token: "zhejiangdahua" ->
 * zhejiang dahua. Shorter parts would cut any word into syllables the list happens to hold ("ji", "tai").
 */
const minPart = 4;

export function splitAlongVocabulary(token: string, vocab: ReadonlyMap<string, number>): string[] | null {
  const n = token.length;
  const best: (string[] | null)[] = new Array<string[] | null>(n + 1).fill(null);
  best[0] = [];
  for (let end = minPart; end <= n; end++) {
    for (let start = Math.max(0, end - 24); start <= end - minPart; start++) {
      const prefix = best[start];
      if (!prefix || prefix.length >= 3) continue;
      const part = token.slice(start, end);
      if (!vocab.has(part) || prefix.includes(part)) continue;
      if (!best[end] || best[end]!.length > prefix.length + 1) best[end] = [...prefix, part];
    }
  }
  const parts = best[n];
  return parts && parts.length >= 2 ? parts : null;
}

function similarTokens(index: CandidateIndex, text: string, id: number | undefined): Map<number, number> {
  const similar = new Map<number, number>();
  if (id !== undefined) similar.set(id, 1);
  if (text.length < minFuzzyLength) return similar;
  const consider = (key: string) => {
    const ids = index.neighbourhood.get(key);
    if (!ids) return;
    for (const other of ids) {
      if (similar.has(other)) continue;
      const candidate = index.tokens[other]!;
      if (withinOneEdit(text, candidate)) similar.set(other, jaroWinkler(text, candidate));
    }
  };
  consider(text);
  for (const d of deletions(text)) consider(d);
  return similar;
}

function resolve(index: CandidateIndex, text: string): QueryToken {
  const id = index.vocab.get(text);
  const weight =
    id !== undefined
      ? index.weight[id]!
      : legalFormTokens.has(text)
        ? legalFormWeight
        : placeTokens.has(text)
          ? placeWeightCap
          : index.unseenWeight;
  const common = id !== undefined ? index.common[id]! : wordKind(text);
  return { text, id, weight, common, form: formWords.has(text), similar: similarTokens(index, text, id) };
}

function resolveAll(index: CandidateIndex, words: readonly string[]): QueryToken[] {
  const tokens: QueryToken[] = [];
  const seen = new Set<string>();
  const add = (t: QueryToken) => {
    if (seen.has(t.text)) return;
    seen.add(t.text);
    tokens.push(t);
  };
  for (const text of words) {
    const token = resolve(index, text);
    // "SenseTime" is the listed "Sense Time": split a word the list does not know along words it does
    const parts =
      token.id === undefined && token.similar.size === 0 && text.length >= 6
        ? splitAlongVocabulary(text, index.vocab)
        : null;
    if (parts) for (const p of parts) add({ ...resolve(index, p), fromSplit: true });
    else add(token);
  }
  return tokens;
}

/** Listed words by consonant skeleton, made once per index (only Arabic-script queries need it). */
function skeletonsOf(index: CandidateIndex): Map<string, number[]> {
  if (index.skeletons) return index.skeletons;
  const map = new Map<string, number[]>();
  index.tokens.forEach((t, id) => {
    if (t.length < 4 || !/^[a-z]+$/.test(t)) return;
    const k = consonantSkeleton(t);
    if (k.length < minSkeleton) return;
    const list = map.get(k);
    if (list) list.push(id);
    else map.set(k, [id]);
  });
  index.skeletons = map;
  return map;
}

/**
 * Arabic script is written without short vowels: a word of an Arabic-script name the list does not know is read
 * as the one listed word with its consonant skeleton ("szmn" -> "sazeman"); a skeleton two listed words share
 * is left as it is rather than guessed.
 */
function readArabicScriptWords(index: CandidateIndex, tokens: readonly string[]): string[] {
  const skeletons = skeletonsOf(index);
  const read = tokens.map((t) => {
    if (index.vocab.has(t) || legalFormTokens.has(t)) return t;
    const k = consonantSkeleton(t);
    const ids = k.length >= minSkeleton ? skeletons.get(k) : undefined;
    return ids?.length === 1 ? index.tokens[ids[0]!]! : t;
  });
  // shorter skeletons ("tm", "rn") are read only among the words of the names the longer ones found
  // ("atomi", "iran" beside "sazeman" and "enerji"): alone they would fit too many words
  const found = read.filter((t, i) => t !== tokens[i]).map((t) => index.vocab.get(t)!);
  if (!found.length || found.length === read.length) return read;
  const near = new Map<string, Set<number>>();
  for (const id of found) {
    const names = index.postings[id]!;
    if (names.length > index.maxPostings) continue;
    for (const n of names)
      for (const other of index.nameTokens[n]!) {
        const k = consonantSkeleton(index.tokens[other]!);
        if (!k) continue;
        const set = near.get(k) ?? near.set(k, new Set()).get(k)!;
        set.add(other);
      }
  }
  return read.map((t, i) => {
    if (t !== tokens[i] || index.vocab.has(t) || legalFormTokens.has(t)) return t;
    const ids = near.get(consonantSkeleton(t));
    return ids?.size === 1 ? index.tokens[[...ids][0]!]! : t;
  });
}

export function prepareQuery(index: CandidateIndex, name: string): PreparedQuery {
  const normalised = screeningName(name);
  const raw = hasArabicScript(name) ? readArabicScriptWords(index, normalised.tokens) : normalised.tokens;
  // "Sense Time" is the listed "SenseTime": join neighbours when the list knows the joined word (or the
  // legal form it folds to: "Corpo ration")
  const merged: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const next = raw[i + 1];
    const joined = next === undefined || legalFormTokens.has(raw[i]!) ? null : canonicalToken(raw[i]! + next);
    if (joined !== null && (index.vocab.has(joined) || legalFormTokens.has(joined))) {
      merged.push(joined);
      i++;
    } else merged.push(raw[i]!);
  }
  const query: PreparedQuery = { tokens: resolveAll(index, merged), joined: normalised.joined };
  if (merged.length !== raw.length) query.unjoined = { tokens: resolveAll(index, raw), joined: normalised.joined };
  return query;
}
