// Name normalisation for screening: the same company written differently must normalise to the same
// tokens ("Sense Time" / "SenseTime" / "sense-time"; "Co., Ltd." / "Company Limited" / "有限公司"), while
// what tells companies apart (the distinctive words) is kept. Pure; the scorer (next) weighs the tokens.
// Acronyms in parentheses are split out as aliases when a list is read (lib/lists/csl.ts acronymsInName).

/** Legal forms, in several languages and scripts, folded to one token each so they count for little. */
const legalForms: [RegExp, string][] = [
  [/股份有限公司|有限责任公司|有限公司|有限責任公司|股份公司/g, " co ltd "],
  [/\bобщество с ограниченной ответственностью\b|(^|\s)ооо(?=\s|$)/gu, " llc "],
  [/(^|\s)(ао|пао|зао|оао)(?=\s|$)/gu, " jsc "],
  [/\bcompany limited\b|\bco\.?,?\s*ltd\.?|\bco\s+ltd\b/g, " co ltd "],
  [/\blimited liability company\b|\bl\.?\s?l\.?\s?c\.?(?=\s|$)/g, " llc "],
  [/\blimited\b|\bltd\b\.?/g, " ltd "],
  [/\bincorporated\b|\binc\b\.?/g, " inc "],
  [/\bcorporation\b|\bcorp\b\.?/g, " corp "],
  [/\bcompany\b|\bco\b\.?(?=\s|$)/g, " co "],
  [/\bgesellschaft mit beschränkter haftung\b|\bgmbh\b/g, " gmbh "],
  [/\bjoint[- ]stock company\b|\bjsc\b/g, " jsc "],
  [/\bpublic limited company\b|\bplc\b/g, " plc "],
];

/** Abbreviations written out, so "Tech" and "Technology" are one token. */
const abbreviations: Record<string, string> = {
  tech: "technology", technol: "technology", technologies: "technology", sci: "science", dev: "development",
  intl: "international", int: "international", inst: "institute", univ: "university", elec: "electronics",
  electronic: "electronics", mfg: "manufacturing", eng: "engineering", grp: "group", hldgs: "holdings", holding: "holdings",
};

/** Tokens that are legal forms after folding: they may weigh little, but never decide a match. */
export const legalFormTokens = new Set(["co", "ltd", "llc", "inc", "corp", "gmbh", "jsc", "plc"]);

export type NormalisedName = { text: string; tokens: string[]; joined: string };

export function normaliseName(raw: string): NormalisedName {
  let s = raw.normalize("NFKC").toLowerCase();
  // "Sci-Tech" is "science technology"; other hyphens and punctuation separate words
  s = s.replace(/sci-tech/g, "science technology");
  for (const [pattern, replacement] of legalForms) s = s.replace(pattern, replacement);
  s = s.replace(/&/g, " and ").replace(/[^\p{L}\p{N}\s]+/gu, " ");
  const tokens = s
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => abbreviations[t] ?? t);
  const text = tokens.join(" ");
  return { text, tokens, joined: tokens.filter((t) => !legalFormTokens.has(t)).join("") };
}
