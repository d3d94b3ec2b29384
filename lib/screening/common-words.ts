// Words that name what kind of organisation a party is, not which one: institution and industry words,
// compass directions, legal forms and places. Two names that share only such words ("Sichuan University" and
// "Sichuan Normal University", "Beijing Xinrui Technology Development Co., Ltd." and a listed "Beijing ...
// Technology Development Co., Ltd.") are different parties; a name made of them plus one distinctive word is
// that word's party ("Zhejiang Dahua Technology Co., Ltd." is the listed "Dahua Technology").
// Tokens are as normalise.ts folds them (singular, abbreviations written out).
import { deletions, withinOneEdit } from "./jaro-winkler";
import { legalFormTokens, stopTokens } from "./normalise";
import { placeTokens } from "./places";

const institutionAndIndustryWords = // institutions
  (
    "university college academy institute research center laboratory school bureau administration ministry " +
    "national state central provincial municipal people peoples federal federation federal republic " +
    "normal polytechnical polytechnic science scientific engineering applied advanced key " +
    // industries and activities
    "technology development electronic electric electrical electromechanical electro optical optic opto optoelectronic " +
    "photonic photoelectric microelectronic semiconductor integrated circuit computing computer supercomputing " +
    "information digital network system software data communication telecom telecommunication intelligent " +
    "aerospace aviation aeronautic aeronautical astronautic astronautical space spaceflight aircraft aero " +
    "industry industrial manufacturing machinery machine equipment material precision instrument measurement " +
    "power energy new chemical physic nuclear metal metallurgy steel heavy defense military ordnance shipbuilding " +
    "liberation army navy force " +
    "marine shipping logistic transport trading trade import export commercial business investment capital " +
    "finance financial holding group enterprise factory plant works service management consulting resource " +
    "general supply chain product component part device automation control mechanical construction " +
    "medical pharmaceutical biological bio biotechnology health innovation creative smart high hitech " +
    "company corporation limited international global worldwide universal first second third united union joint allied consolidated " +
    "sea ocean cargo port harbour harbor freight airline air line express petroleum oil gas mining bank banking " +
    "insurance hotel travel agency store market food agricultural textile garment auto motor vehicle property " +
    "estate real commerce exchange partner solution professional office representative branch subsidiary " +
    // geography, and directions, which Chinese and Russian names use like places
    "gulf bay coast coastal island river mountain lake valley delta " +
    "north south east west northern southern eastern western northeast northwest southeast southwest " +
    "northeastern northwestern southeastern southwestern middle"
  ).split(" ");

export const commonWords: ReadonlySet<string> = new Set(institutionAndIndustryWords);

/** Places and legal forms: they say where and what form a party is, and may be dropped without changing which party it is. */
export function isMinorWord(token: string): boolean {
  return placeTokens.has(token) || legalFormTokens.has(token) || stopTokens.has(token);
}

/** Deletion keys of the longer common words, so a typo of one on the list ("Aircaft") is still a common word. */
let typoKeys: Map<string, string[]> | null = null;
function typoOfCommonWord(token: string): boolean {
  if (token.length < 6) return false;
  if (!typoKeys) {
    typoKeys = new Map();
    for (const w of commonWords) {
      if (w.length < 5) continue;
      for (const k of [w, ...deletions(w)]) (typoKeys.get(k) ?? typoKeys.set(k, []).get(k)!).push(w);
    }
  }
  for (const k of [token, ...deletions(token)])
    for (const w of typoKeys.get(k) ?? []) if (withinOneEdit(token, w)) return true;
  return false;
}

/**
 * True for a word that does not tell one party from another of the same kind (or a one-letter typo of one).
 * Numbers are common too: "13" alone does not name the 13th Research Institute.
 */
export function isCommonWord(token: string): boolean {
  return (
    commonWords.has(token) || isMinorWord(token) || token.length <= 1 || /^\d+$/.test(token) || typoOfCommonWord(token)
  );
}

/** Short forms of places in company names: "SZ DJI Technology" is Shenzhen DJI. */
const placeAbbreviations = new Set(["sz", "bj", "sh", "gz", "hk", "cn", "prc", "usa", "us", "uk"]);

/** 3 for a legal form or stop word, 2 for a place, 1 for another common word, 0 for a distinctive word. */
export function wordKind(token: string): number {
  // "No. 11 Research Institute" is the 11th: the "No." says nothing
  if (legalFormTokens.has(token) || stopTokens.has(token) || token === "no") return 3;
  if (placeTokens.has(token) || placeAbbreviations.has(token)) return 2;
  return isCommonWord(token) ? 1 : 0;
}

/** Words that say a party is a group or holding, as a legal form does: "China Aerospace ... Group" for a listed "... Corporation". */
export const formWords: ReadonlySet<string> = new Set(["group", "holding", "enterprise", "company", "corporation"]);
