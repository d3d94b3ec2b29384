// Screening one name: find candidate names through the index, score every alias of every candidate entry
// separately, add country and address evidence, band the score, and explain it.
import { addressEvidence, countryEvidence } from "./evidence";
import type { CandidateIndex } from "./candidate-index";
import { placeTokens, placeWeightCap } from "./places";
import { prepareQuery, type PreparedQuery } from "./query";
import { legalFormTokens } from "./normalise";
import { extraWordShare, scoreName, type NameScore } from "./score";
import { sourceFilter, type SourceGroup } from "./sources";
import {
  defaultThresholds,
  type Band,
  type Explanation,
  type Hit,
  type ScreeningQuery,
  type ScreeningResult,
  type ScreeningStatus,
  type Thresholds,
} from "./types";

export type ScreenOptions = {
  sources?: readonly SourceGroup[];
  thresholds?: Thresholds;
  /** most hits returned per name */
  limit?: number;
  /** score every listed name instead of the index's candidates (the benchmark's reference) */
  exhaustive?: boolean;
};

/** Below this name similarity a shared distinctive word alone is not worth showing. */
const relatedFloor = 0.4;
/** A listed word this rare (relative to a word the list has never seen) makes a name distinctive. */
const distinctiveShare = 0.7;

/**
 * Names whose tokens the query shares (through a common word, only names made of common words: a name with a
 * distinctive word the query lacks cannot reach an alert); the postings of very common tokens are left out. A query made only of
 * common words ("China Electronics Technology Group") takes the postings of its rarest one too, unless
 * its other words weigh so much that no name sharing only common words could reach the review band.
 */
export function candidateNames(index: CandidateIndex, query: PreparedQuery, reviewShare: number): Iterable<number> {
  const out = new Set<number>();
  let rarestCommon = -1;
  let commonWeight = 0;
  let queryWeight = 0;
  let anyRare = false;
  for (const q of query.tokens) {
    queryWeight += q.weight;
    let common = q.similar.size > 0;
    for (const id of q.similar.keys()) {
      const full = index.postings[id]!.length;
      if (full > index.maxPostings) {
        if (rarestCommon < 0 || full < index.postings[rarestCommon]!.length) rarestCommon = id;
        continue;
      }
      anyRare = true;
      // a rare typo neighbour of a common word ("chika" for "china") does not make the word itself rare
      if (id === q.id || q.id === undefined || index.postings[q.id]!.length <= index.maxPostings) common = false;
      // through a common word, only names of common words can reach an alert (score.ts)
      const postings = index.plainPostings[id]!;
      for (let i = 0; i < postings.length; i++) out.add(postings[i]!);
    }
    if (common) commonWeight += q.weight;
  }
  const bestCommonOnly = (2 * commonWeight) / (queryWeight + commonWeight);
  // A query whose words are all frequent takes the names of its rarest one ("Open Joint Stock Company Gazprom",
  // "China Electronics Technology Group Corporation": a fuzzy neighbour of a common word may have found other
  // names first, which is why queries of common words take them too)
  const onlyCommonWords = !anyRare || query.tokens.every((q) => q.common > 0);
  if (rarestCommon >= 0 && onlyCommonWords && bestCommonOnly >= reviewShare)
    for (const n of index.plainPostings[rarestCommon]!) out.add(n);
  return out;
}

function allNames(index: CandidateIndex): Iterable<number> {
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < index.nameTokens.length; i++) yield i;
    },
  };
}

/** The highest score a name may reach under its ceiling (score.ts): below review, or below match. */
export function ceilingOf(result: NameScore, thresholds: Thresholds): number {
  if (result.ceiling === "clear") return thresholds.review - 1;
  if (result.ceiling === "review") return thresholds.match - 1;
  return 100;
}

const cappedScore = (result: NameScore, thresholds: Thresholds) =>
  Math.min(result.score, ceilingOf(result, thresholds) / 100);

/** Why a name was scored as it was, beyond its score: containment and the ceilings of score.ts. */
function scoringReasons(index: CandidateIndex, nameIdx: number, result: NameScore): string[] {
  const reasons: string[] = [];
  if (result.initials)
    reasons.push(
      `"${result.initials}" is the initials of the listed name "${index.nameText[nameIdx]}": an acronym is a review candidate, never a match`,
    );
  else if (result.contains === "query-holds-listed")
    reasons.push(
      `contains the listed name "${index.nameText[nameIdx]}": the other words are places, industry words or legal forms, which count for little`,
    );
  else if (result.contains === "listed-holds-query")
    reasons.push(
      `the listed name "${index.nameText[nameIdx]}" contains this name: its other words are places, industry words or legal forms, which count for little`,
    );
  const source = index.nameSource[nameIdx];
  if (source)
    reasons.push(`matched "${index.nameText[nameIdx]}", a known name of the listed entry (source: ${source})`);
  if (result.ceiling === "review" && !result.initials)
    reasons.push(
      index.nameAcronym[nameIdx]
        ? "an acronym: a review candidate, never a match"
        : "shares only common words and the places that tell the listed name apart: a review at most",
    );
  return reasons;
}

export function bandFor(score: number, thresholds: Thresholds): Band | null {
  if (score >= thresholds.match) return "match";
  if (score >= thresholds.review) return "review";
  return null;
}

export function statusOf(hits: readonly Pick<Hit, "band">[]): ScreeningStatus {
  if (hits.some((h) => h.band === "match")) return "match";
  return hits.length ? "review" : "clear";
}

/**
 * The word that identifies both names, when they share it: the rarest word of the listed name, matched exactly,
 * rare enough to identify a company, not a place, written as a word of its own in the query and its rarest
 * word too ("SenseTime Group" and "Beijing SenseTime Technology" share "sensetime"; "Sysdantel Semiconductor"
 * shares a word with a listed name, but what identifies it is "Sysdantel").
 */
function sharedDistinctiveToken(
  index: CandidateIndex,
  query: PreparedQuery,
  nameIdx: number,
  best: NameScore,
): string | null {
  const nameTokens = index.nameTokens[nameIdx]!;
  let top = -1;
  for (const id of nameTokens) if (top < 0 || index.weight[id]! > index.weight[top]!) top = id;
  if (top < 0) return null;
  const token = index.tokens[top]!;
  if (token.length < 4 || placeTokens.has(token) || index.weight[top]! < distinctiveShare * index.unseenWeight)
    return null;
  const pair = best.pairs.find((p) => p.nameToken === top && p.similarity === 1);
  if (!pair) return null;
  const queryToken = query.tokens[pair.queryToken]!;
  const queryTop = Math.max(...query.tokens.map((q) => q.weight));
  return queryToken.weight >= queryTop && !queryToken.fromSplit ? token : null;
}

function explain(
  index: CandidateIndex,
  query: PreparedQuery,
  nameIdx: number,
  best: NameScore,
  nameScore: number,
  evidence: Pick<Explanation, "country" | "address">,
  thresholds: Thresholds,
  reasons: string[],
): Explanation {
  const entry = index.entries[index.nameEntry[nameIdx]!]!;
  const nameTokens = index.nameTokens[nameIdx]!;
  const round = (n: number) => Math.round(n * 100) / 100;
  if (best.initials)
    return {
      matchedName: index.nameText[nameIdx]!,
      matchedKind: "acronym",
      tokens: query.tokens.map((q) => ({
        query: q.text,
        listed: q.text === best.initials ? q.text : null,
        similarity: q.text === best.initials ? 1 : 0,
        weight: round(q.weight),
        contribution: q.text === best.initials ? nameScore : 0,
      })),
      unmatchedListed: [],
      nameScore,
      ...evidence,
      thresholds,
      listVersion: entry.listVersion,
      reasons,
    };
  // extra words of a name that holds the other whole count for little (score.ts)
  const matchedNameTokens = new Set(best.pairs.map((p) => p.nameToken));
  let total = 0;
  const extraWeight = (w: number) => (best.contains ? extraWordShare * Math.min(w, placeWeightCap) : w);
  for (const id of nameTokens) total += matchedNameTokens.has(id) ? index.weight[id]! : extraWeight(index.weight[id]!);
  query.tokens.forEach((q, qi) => {
    const pair = best.pairs.find((p) => p.queryToken === qi);
    total += pair ? index.weight[pair.nameToken]! : extraWeight(q.weight);
  });
  return {
    matchedName: index.nameText[nameIdx]!,
    matchedKind: index.nameKind[nameIdx]!,
    ...(index.nameSource[nameIdx] ? { matchedSource: index.nameSource[nameIdx] } : {}),
    tokens: query.tokens.map((q, qi) => {
      const pair = best.pairs.find((p) => p.queryToken === qi);
      if (!pair) return { query: q.text, listed: null, similarity: 0, weight: round(q.weight), contribution: 0 };
      const w = index.weight[pair.nameToken]!;
      return {
        query: q.text,
        listed: index.tokens[pair.nameToken]!,
        similarity: round(pair.similarity),
        weight: round(w),
        contribution: round((100 * 2 * w * pair.similarity) / total),
      };
    }),
    unmatchedListed: [...nameTokens]
      .filter((id) => !matchedNameTokens.has(id))
      .map((id) => ({ token: index.tokens[id]!, weight: round(index.weight[id]!) })),
    nameScore,
    ...evidence,
    thresholds,
    listVersion: entry.listVersion,
    reasons,
  };
}

export function screenPrepared(
  index: CandidateIndex,
  query: PreparedQuery,
  q: ScreeningQuery,
  options: ScreenOptions = {},
): Hit[] {
  const thresholds = options.thresholds ?? defaultThresholds;
  const include = sourceFilter(options.sources ?? ["all"]);
  // every alias is scored on its own; an entry keeps its best-scoring name (under either reading of the query)
  const bestByEntry = new Map<number, { nameIdx: number; result: NameScore; query: PreparedQuery }>();
  for (const reading of query.unjoined ? [query, query.unjoined] : [query]) {
    for (const nameIdx of options.exhaustive
      ? allNames(index)
      : candidateNames(index, reading, thresholds.review / 100)) {
      const entryIdx = index.nameEntry[nameIdx]!;
      if (!include(index.entries[entryIdx]!)) continue;
      const result = scoreName(index, reading, nameIdx);
      if (result.score < relatedFloor) continue;
      const held = bestByEntry.get(entryIdx);
      if (!held || cappedScore(result, thresholds) > cappedScore(held.result, thresholds))
        bestByEntry.set(entryIdx, { nameIdx, result, query: reading });
    }
  }
  // a one-word query that is the initials of a listed name: a review candidate for that name
  const words = query.tokens.filter((t) => !legalFormTokens.has(t.text));
  const initials = words.length === 1 ? words[0]!.text : null;
  for (const nameIdx of (initials && index.initials.get(initials)) || []) {
    const entryIdx = index.nameEntry[nameIdx]!;
    if (!include(index.entries[entryIdx]!)) continue;
    const result: NameScore = { score: 1, pairs: [], ceiling: "review", initials: initials! };
    const held = bestByEntry.get(entryIdx);
    if (!held || cappedScore(result, thresholds) > cappedScore(held.result, thresholds))
      bestByEntry.set(entryIdx, { nameIdx, result, query });
  }
  const hits: Hit[] = [];
  for (const [entryIdx, { nameIdx, result, query: reading }] of bestByEntry) {
    const entry = index.entries[entryIdx]!;
    const nameScore = Math.round(result.score * 100);
    const country = countryEvidence(q.country, index.entryCountries[entryIdx]!);
    const address = addressEvidence(q.address, entry.addresses);
    const score = Math.max(
      0,
      Math.min(ceilingOf(result, thresholds), nameScore + (country?.effect ?? 0) + (address?.effect ?? 0)),
    );
    const reasons: string[] = [];
    let band = bandFor(score, thresholds);
    if (!band) {
      // names that share only common words are different parties, not relatives
      const shared = result.ceiling === "clear" ? null : sharedDistinctiveToken(index, reading, nameIdx, result);
      if (!shared) continue;
      band = "related";
      reasons.push(
        entry.sourceCode === "EL"
          ? `shares "${shared}" with the listed name but is not the same name: the Entity List binds only the named entity, so check whether this is a parent, sister or subsidiary`
          : `shares "${shared}" with the listed name but is not the same name: check whether it is the listed party or a related one`,
      );
    } else {
      reasons.push(
        `score ${score} is at or above the ${band} threshold (${band === "match" ? thresholds.match : thresholds.review})`,
      );
      reasons.push(...scoringReasons(index, nameIdx, result));
    }
    hits.push({
      entryId: entry.id,
      entryKey: entry.entryKey,
      contentHash: entry.contentHash,
      sourceCode: entry.sourceCode,
      listedName: entry.name,
      score,
      band,
      countries: entry.countries,
      explanation: explain(index, reading, nameIdx, result, nameScore, { country, address }, thresholds, reasons),
    });
  }
  hits.sort((a, b) => b.score - a.score || a.listedName.localeCompare(b.listedName));
  return hits.slice(0, options.limit ?? 10);
}

export function screenOne(index: CandidateIndex, q: ScreeningQuery, options: ScreenOptions = {}): ScreeningResult {
  const hits = screenPrepared(index, prepareQuery(index, q.name), q, options);
  return { input: q.name, status: statusOf(hits), hits };
}
