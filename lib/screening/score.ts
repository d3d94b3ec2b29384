// How alike a party name is to one listed name: tokens aligned one to one, each pair credited with its
// similarity times its rarity weight, over the weight of both names (a weighted Dice coefficient). Word order
// does not matter, common words count little, a missing distinctive word costs a lot.
// Two rules on top (issue 17): a name that holds the whole of the other plus places, legal forms and industry
// words is that name ("Zhejiang Dahua Technology Co., Ltd." holds the listed "Dahua Technology"), so those extra
// words count for little; and names that share only common words (common-words.ts) are different parties.
import type { CandidateIndex } from "./candidate-index";
import { placeWeightCap } from "./places";
import type { PreparedQuery } from "./query";

export type Alignment = { queryToken: number; nameToken: number; similarity: number };
/**
 * `contains`: which name holds the whole of the other. `ceiling`: the highest band the pair may reach whatever
 * its score: "review" for an acronym or a name of common words and places only, "clear" when only common words
 * are shared.
 */
export type NameScore = {
  score: number;
  pairs: Alignment[];
  contains?: "query-holds-listed" | "listed-holds-query";
  ceiling?: "review" | "clear";
  /** the query is the initials of the listed name (CandidateIndex.initials), not a name scored word by word */
  initials?: string;
};

/**
 * What an extra place, legal form or industry word weighs in a name that holds the other whole: this share of
 * its weight, itself capped at a place's weight (a word rare on the list, "Digital", is still only an industry word).
 */
export const extraWordShare = 0.25;
/** A typo'd distinctive word is still a shared distinctive word (for the common-word ceiling). */
const distinctiveSimilarity = 0.9;

let flags = new Uint8Array(64);
let flags2 = new Uint8Array(64);
/** A zeroed flag array of at least n entries, reused between calls (the scorer zeroes what it set). */
function usedFlags(n: number, which = 0): Uint8Array {
  if (which === 0) {
    if (flags.length < n) flags = new Uint8Array(n * 2);
    return flags;
  }
  if (flags2.length < n) flags2 = new Uint8Array(n * 2);
  return flags2;
}

/** 0-1 similarity of the query to listed name `nameIdx`, with the token pairs that earned it. */
export function scoreName(index: CandidateIndex, query: PreparedQuery, nameIdx: number): NameScore {
  const nameTokens = index.nameTokens[nameIdx]!;
  const acronym = index.nameAcronym[nameIdx] === 1;
  if (query.joined !== "" && query.joined === index.nameJoined[nameIdx]) {
    // the same letters in the same order, however spaced: "Sense Time Co" is "SenseTime Co., Ltd."
    const pairs: Alignment[] = [];
    query.tokens.forEach((q, qi) => {
      const ni = q.id === undefined ? -1 : nameTokens.indexOf(q.id);
      if (ni >= 0) pairs.push({ queryToken: qi, nameToken: nameTokens[ni]!, similarity: 1 });
    });
    return acronym ? { score: 1, pairs, ceiling: "review" } : { score: 1, pairs };
  }
  const tokens = query.tokens;
  const candidates: Alignment[] = [];
  for (let qi = 0; qi < tokens.length; qi++) {
    const similar = tokens[qi]!.similar;
    if (similar.size === 0) continue;
    for (let j = 0; j < nameTokens.length; j++) {
      const s = similar.get(nameTokens[j]!);
      if (s !== undefined) candidates.push({ queryToken: qi, nameToken: j, similarity: s });
    }
  }
  if (candidates.length === 0) return { score: 0, pairs: [] };
  const weight = index.weight;
  const common = index.common;
  if (candidates.length > 1)
    candidates.sort(
      (a, b) => b.similarity * weight[nameTokens[b.nameToken]!]! - a.similarity * weight[nameTokens[a.nameToken]!]!,
    );
  // tokens used so far, by position (names and queries are short; one flag array each, reused)
  const usedQuery = usedFlags(tokens.length);
  const usedName = usedFlags(nameTokens.length, 1);
  const pairs: Alignment[] = [];
  for (const c of candidates) {
    if (usedQuery[c.queryToken] || usedName[c.nameToken]) continue;
    usedQuery[c.queryToken] = 1;
    usedName[c.nameToken] = 1;
    pairs.push({ queryToken: c.queryToken, nameToken: nameTokens[c.nameToken]!, similarity: c.similarity });
  }
  // unmatched words of each side: their weight, and the most distinctive kind among them (common-words.ts
  // wordKind: 0 distinctive, 1 common word, 2 place, 3 legal form)
  let nameExtra = 0;
  let nameExtraCapped = 0;
  let nameExtraKind = 3;
  let nameExtraFormKind = 3;
  let nameDistinctive = false;
  let namePlaces = 0;
  for (let j = 0; j < nameTokens.length; j++) {
    const id = nameTokens[j]!;
    const kind = common[id]!;
    if (kind === 0) nameDistinctive = true;
    else if (kind === 2) namePlaces++;
    if (usedName[j]) continue;
    nameExtra += weight[id]!;
    nameExtraCapped += Math.min(weight[id]!, placeWeightCap);
    if (kind < nameExtraKind) nameExtraKind = kind;
    const formKind = index.form[id] ? 2 : kind;
    if (formKind < nameExtraFormKind) nameExtraFormKind = formKind;
  }
  let queryExtra = 0;
  let queryExtraCapped = 0;
  let queryExtraKind = 3;
  /** as queryExtraKind, with group and holding words counted as places */
  let queryExtraFormKind = 3;
  let queryPlacesUnmatched = 0;
  for (let qi = 0; qi < tokens.length; qi++) {
    if (usedQuery[qi]) continue;
    const q = tokens[qi]!;
    queryExtra += q.weight;
    queryExtraCapped += Math.min(q.weight, placeWeightCap);
    if (q.common < queryExtraKind) queryExtraKind = q.common;
    const formKind = q.form ? 2 : q.common;
    if (formKind < queryExtraFormKind) queryExtraFormKind = formKind;
    if (q.common === 2) queryPlacesUnmatched++;
  }
  usedQuery.fill(0, 0, tokens.length);
  usedName.fill(0, 0, nameTokens.length);
  let matched = 0;
  let matchedWeight = 0;
  let distinctiveMatched = false;
  let allExact = true;
  let placesMatched = 0;
  for (const p of pairs) {
    // a typo'd query word stands for the listed word it matched, so both sides weigh it the same
    const w = weight[p.nameToken]!;
    matched += 2 * w * p.similarity;
    matchedWeight += 2 * w;
    const kind = common[p.nameToken]!;
    if (p.similarity < 1) allExact = false;
    if (kind === 0 && p.similarity >= distinctiveSimilarity) distinctiveMatched = true;
    else if (kind === 2) placesMatched++;
  }
  const dice = matched / (matchedWeight + queryExtra + nameExtra);
  const result: NameScore = { score: dice, pairs };
  if (acronym) result.ceiling = "review";
  else if (!distinctiveMatched) {
    // only common words and places are shared: the same party only when nothing else is said on either side
    // (an all-common listed name written in full: "China Electronics Corporation"), or when the places that
    // are all that tells such a name apart are all there and the query adds only places
    const complete = nameExtraKind === 3 && queryExtraKind === 3;
    const placesHeld = !nameDistinctive && namePlaces > 0 && placesMatched === namePlaces && queryExtraKind >= 2;
    if (complete || (placesHeld && nameExtraKind === 3)) return result;
    // a listed name of common words and places only, met word for word but for places one side leaves out
    // ("State Shipbuilding Corporation" for "China State Shipbuilding Corporation"): a review, unless both
    // sides name places that differ ("Sichuan University" is not "Beijing University")
    const placesDiffer = namePlaces > placesMatched && queryPlacesUnmatched > 0;
    result.ceiling =
      !nameDistinctive && nameExtraKind >= 2 && queryExtraFormKind >= 2 && !placesDiffer ? "review" : "clear";
    return result;
  }
  // containment: one side's words are all matched, exactly, but for places and legal forms; the other side's
  // extra words are all common ones. A typo and extra words together are scored as before, word by word.
  if (!allExact) return result;
  const queryHolds = nameExtraKind >= 2 && queryExtraKind >= 1;
  const listedHolds = queryExtraKind >= 2 && nameExtraKind >= 1;
  if (queryHolds || listedHolds) {
    const contained = matched / (matchedWeight + extraWordShare * (queryExtraCapped + nameExtraCapped));
    if (contained > dice) {
      result.score = contained;
      result.contains = queryHolds ? "query-holds-listed" : "listed-holds-query";
      // the extra words name a line of business ("Digital Technology", "Investment & Holding"): the same brand,
      // perhaps another company of its group, so a review and not a match
      const industryExtra = queryHolds ? queryExtraFormKind < 2 : nameExtraFormKind < 2;
      if (industryExtra) result.ceiling = "review";
    }
  }
  return result;
}
