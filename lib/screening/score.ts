// How alike a party name is to one listed name: tokens aligned one to one, each pair credited with its
// similarity times its rarity weight, over the weight of both names (a weighted Dice coefficient). Word order
// does not matter, common words count little, a missing distinctive word costs a lot.
import type { CandidateIndex } from "./candidate-index";
import type { PreparedQuery } from "./query";

export type Alignment = { queryToken: number; nameToken: number; similarity: number };
export type NameScore = { score: number; pairs: Alignment[] };

/** 0-1 similarity of the query to listed name `nameIdx`, with the token pairs that earned it. */
export function scoreName(index: CandidateIndex, query: PreparedQuery, nameIdx: number): NameScore {
  const nameTokens = index.nameTokens[nameIdx]!;
  if (query.joined !== "" && query.joined === index.nameJoined[nameIdx]) {
    // the same letters in the same order, however spaced: "Sense Time Co" is "SenseTime Co., Ltd."
    const pairs: Alignment[] = [];
    query.tokens.forEach((q, qi) => {
      const ni = q.id === undefined ? -1 : nameTokens.indexOf(q.id);
      if (ni >= 0) pairs.push({ queryToken: qi, nameToken: nameTokens[ni]!, similarity: 1 });
    });
    return { score: 1, pairs };
  }
  const candidates: Alignment[] = [];
  for (let qi = 0; qi < query.tokens.length; qi++) {
    const similar = query.tokens[qi]!.similar;
    if (similar.size === 0) continue;
    for (let j = 0; j < nameTokens.length; j++) {
      const s = similar.get(nameTokens[j]!);
      if (s !== undefined) candidates.push({ queryToken: qi, nameToken: nameTokens[j]!, similarity: s });
    }
  }
  if (candidates.length === 0) return { score: 0, pairs: [] };
  if (candidates.length > 1)
    candidates.sort((a, b) => b.similarity * index.weight[b.nameToken]! - a.similarity * index.weight[a.nameToken]!);
  const pairs: Alignment[] = [];
  const usedQuery = new Set<number>();
  const usedName = new Set<number>();
  for (const c of candidates) {
    if (usedQuery.has(c.queryToken) || usedName.has(c.nameToken)) continue;
    usedQuery.add(c.queryToken);
    usedName.add(c.nameToken);
    pairs.push(c);
  }
  let nameWeight = 0;
  for (let j = 0; j < nameTokens.length; j++) nameWeight += index.weight[nameTokens[j]!]!;
  let queryWeight = 0;
  let matched = 0;
  for (let qi = 0; qi < query.tokens.length; qi++) if (!usedQuery.has(qi)) queryWeight += query.tokens[qi]!.weight;
  for (const p of pairs) {
    // a typo'd query word stands for the listed word it matched, so both sides weigh it the same
    const w = index.weight[p.nameToken]!;
    queryWeight += w;
    matched += 2 * w * p.similarity;
  }
  return { score: matched / (queryWeight + nameWeight), pairs };
}
