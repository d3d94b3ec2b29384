// Name normalisation for screening: the same company written differently must normalise to the same
// tokens ("Sense Time" / "SenseTime" / "sense-time"; "Co., Ltd." / "Company Limited" / "有限公司" / "ООО"),
// while what tells companies apart (the distinctive words) is kept. Pure; the scorer weighs the tokens.
// Acronyms in parentheses are split out as aliases when a list is read (lib/lists/csl.ts acronymsInName).
import { withinOneEdit } from "./jaro-winkler";
import { toLatin } from "./transliterate";

/** Legal forms written in their own script, folded before transliteration would garble them. */
const nativeLegalForms: [RegExp, string][] = [
  [/общество с ограниченной ответственностью|(^|\s)ооо(?=\s|$)/gu, " llc "],
  [/(^|\s)(ао|пао|зао|оао)(?=\s|$)/gu, " jsc "],
];

/** Legal forms, folded to one token each so they count for little. */
const legalForms: [RegExp, string][] = [
  [/\b(public |open |closed )?joint[- ]stock( company)?\b|\b(aktsionernoe|aktsionernoye) obshchestvo\b/g, " jsc "],
  [/\bobshchestvo s ogranichennoy otvetstvennostyu\b/g, " llc "],
  [/\bcompany limited\b|\bco\.?,?\s*ltd\.?|\bco\s+ltd\b/g, " co ltd "],
  [/\blimited liability company\b|\bl\.?\s?l\.?\s?c\.?(?=\s|$)/g, " llc "],
  [/\blimited\b|\bltd\b\.?/g, " ltd "],
  [/\bincorporated\b|\binc\b\.?/g, " inc "],
  [/\bcorporation\b|\bcorp\b\.?/g, " corp "],
  [/\bcompany\b|\bco\b\.?(?=\s|$)/g, " co "],
  [/\bgesellschaft mit beschrankter haftung\b|\bgmbh\b/g, " gmbh "],
  [/\bsdn\.? bhd\b\.?|\bsendirian berhad\b/g, " ltd "],
  [/\bpte\.? ltd\b\.?/g, " ltd "],
  [/\bpublic limited company\b|\bplc\b/g, " plc "],
];
const mayHoldLegalForm = /co|lt|ll|inc|corp|gmbh|gesell|joint|plc|limited|obshchestvo|bhd|berhad/;
/** The Nonproliferation Sanctions list appends this to names; it is not part of any name. */
const successorClause = /[,;]?\s*(and\s+)?any successor,? sub-unit,? or subsidiary thereof\.?/g;

/** Abbreviations written out, so "Tech" and "Technology" are one token. */
const abbreviations: Record<string, string> = {
  tech: "technology",
  technol: "technology",
  technologies: "technology",
  sci: "science",
  dev: "development",
  intl: "international",
  int: "international",
  inst: "institute",
  univ: "university",
  elec: "electronic",
  electronics: "electronic",
  industries: "industry",
  mfg: "manufacturing",
  eng: "engineering",
  grp: "group",
  hldgs: "holding",
  holdings: "holding",
  ooo: "llc",
  oao: "jsc",
  zao: "jsc",
  pao: "jsc",
  ao: "jsc",
  pjsc: "jsc",
  ojsc: "jsc",
  cjsc: "jsc",
  ltda: "ltd",
  cia: "co",
  sa: "sa",
  srl: "sa",
  spa: "sa",
  ag: "ag",
  bv: "bv",
  pte: "ltd",
  // spellings of one word, so the word that identifies an institution meets its listed spelling
  centre: "center",
  centres: "center",
  centers: "center",
  supercomputer: "supercomputing",
  supercomputers: "supercomputing",
  polytechnic: "polytechnical",
  defence: "defense",
  aeronautics: "aeronautic",
  astronautics: "astronautic",
  optics: "optic",
  physics: "physic",
  programme: "program",
};

/** Tokens that are legal forms after folding: they may weigh little, but never decide a match. */
export const legalFormTokens = new Set([
  "co",
  "ltd",
  "llc",
  "inc",
  "corp",
  "gmbh",
  "jsc",
  "plc",
  "sa",
  "ag",
  "bv",
  "as",
  "ab",
  "oy",
  "nv",
]);
/** Words that carry no identity at all. */
export const stopTokens = new Set([
  "of",
  "the",
  "and",
  "for",
  "de",
  "la",
  "le",
  "du",
  "des",
  "der",
  "und",
  "y",
  "et",
  "el",
  "al",
]);

/** Legal-form words as written out, with their folded token: a typo in one ("Liuited") still folds. */
const spelledLegalForms: [string, string][] = [
  ["limited", "ltd"],
  ["company", "co"],
  ["corporation", "corp"],
  ["incorporated", "inc"],
];

/**
 * One word as the index holds it: abbreviations written out, legal-form words folded (including one-letter
 * typos of them), plurals made singular. Also used on words the scorer joins back together ("Corpo ration").
 */
export function canonicalToken(t: string): string {
  // own keys only: a name with the word "constructor" must not read Object.prototype's function (it did, and
  // re-screening against the real list failed on "t.charCodeAt is not a function")
  const expanded = Object.hasOwn(abbreviations, t) ? abbreviations[t] : undefined;
  if (expanded) return expanded;
  if (t.length < 6) return t;
  for (const [word, folded] of spelledLegalForms)
    if (t === word || (t[0] === word[0] && withinOneEdit(t, word))) return folded;
  // plurals fold to the singular, so a typo in "Electronics" is one letter from "Electronic", not two
  return t.endsWith("s") && !/(ss|us|is|os)$/.test(t) ? t.slice(0, -1) : t;
}

export type NormalisedName = { text: string; tokens: string[]; joined: string };

export function normaliseName(raw: string): NormalisedName {
  let s = raw.normalize("NFKC").toLowerCase();
  if (s.includes("successor")) s = s.replace(successorClause, " ");
  if (/[\u0400-\u04ff]/.test(s))
    for (const [pattern, replacement] of nativeLegalForms) s = s.replace(pattern, replacement);
  s = toLatin(s);
  // "Sci-Tech" is "science technology"; other hyphens and punctuation separate words
  if (s.includes("sci-tech")) s = s.replace(/sci-tech/g, "science technology");
  if (mayHoldLegalForm.test(s)) for (const [pattern, replacement] of legalForms) s = s.replace(pattern, replacement);
  s = s.replace(/&/g, " and ").replace(/[^\p{L}\p{N}\s]+/gu, " ");
  const tokens: string[] = [];
  let initials = "";
  for (const t of s.split(/\s+/)) {
    if (t === "" || stopTokens.has(t)) continue;
    // initials written apart are one word: "I.P.C." is "ipc", "M. V." is "mv"
    if (t.length === 1 && /\p{L}/u.test(t)) {
      initials += t;
      continue;
    }
    if (initials) {
      tokens.push(initials);
      initials = "";
    }
    tokens.push(canonicalToken(t));
  }
  if (initials) tokens.push(initials);
  const text = tokens.join(" ");
  return { text, tokens, joined: tokens.filter((t) => !legalFormTokens.has(t)).join("") };
}

/**
 * The tokens screening indexes and queries: a normalised name with numbered units and "Chinese" folded
 * ("13th" and "13" name one institute; "Chinese Academy" is "China Academy" written in Chinese) and "in"
 * left out ("National Supercomputer Center in Tianjin"). Kept out of
 * normaliseName, which the first evaluation set's builder also uses to pick its rows.
 */
export function screeningName(raw: string): NormalisedName {
  const n = normaliseName(raw);
  const folds = (t: string) => t === "in" || t === "chinese" || (t.charCodeAt(0) <= 57 && /^\d+(st|nd|rd|th)$/.test(t));
  if (!n.tokens.some(folds)) return n;
  let changed = false;
  const tokens = n.tokens
    .filter((t) => t !== "in")
    .map((t) => {
      const folded = t === "chinese" ? "china" : /^\d+(st|nd|rd|th)$/.test(t) ? t.replace(/\D+$/, "") : t;
      if (folded !== t) changed = true;
      return folded;
    });
  if (!changed && tokens.length === n.tokens.length) return n;
  return { text: tokens.join(" "), tokens, joined: tokens.filter((t) => !legalFormTokens.has(t)).join("") };
}
