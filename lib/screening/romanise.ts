// Arabic, Persian and Korean names meet the list's romanised forms. any-ascii writes Arabic script without its
// short vowels ("سازمان" -> "szmn") and Hangul syllable by syllable in Revised Romanisation, joined; the lists
// write "Sazeman" and "Kangbong Trading Corporation". Two general folds, no list of names:
// - Hangul: company and institution words are translated before transliteration (a glossary, as for Chinese),
//   and each remaining run is one word; a one-letter Revised/McCune-Reischauer difference (g/k, d/t, b/p) is a
//   typo the scorer already tolerates.
// - Arabic script: a word the list does not know is looked up by its consonant skeleton (vowels and the letters
//   that often write them dropped, digraphs folded: "sazeman" and "szmn" are both "szmn"), among listed words of
//   the same skeleton; only skeletons of three or more consonants, and only when one listed word has it.
// Sources: Korean glossary words from the National Institute of Korean Language's dictionary senses of each word
// (무역 trade, 회사 company, 은행 bank ...); Arabic letter values as any-ascii writes them (anyascii tables).

/** Korean company and institution words -> the English the lists use. Longest first. */
export const hangulGlossary: [string, string][] = [
  ["주식회사", " co ltd "],
  ["유한회사", " co ltd "],
  ["무역회사", " trading co "],
  ["무역총회사", " general trading co "],
  ["총회사", " general co "],
  ["회사", " co "],
  ["무역", " trading "],
  ["상사", " trading co "],
  ["은행", " bank "],
  ["공사", " corp "],
  ["총국", " general bureau "],
  ["그룹", " group "],
  ["연합", " union "],
  ["대학교", " university "],
  ["대학", " university "],
  ["연구소", " research institute "],
  ["연구원", " research institute "],
  ["과학원", " academy of sciences "],
  ["기술", " technology "],
  ["개발", " development "],
  ["광업", " mining "],
  ["해운", " shipping "],
  ["공업", " industry "],
  ["전자", " electronics "],
  ["조선", " korea "],
];

const hangul = /\p{Script=Hangul}/u;
const arabicScript = /\p{Script=Arabic}/u;

export function hasHangul(s: string): boolean {
  return hangul.test(s);
}
export function hasArabicScript(s: string): boolean {
  return arabicScript.test(s);
}

/** Hangul words translated, each run of what remains set apart as a word. */
export function hangulWords(s: string): string {
  let out = s;
  for (const [word, english] of hangulGlossary) out = out.split(word).join(english);
  return out;
}

/** The consonants of a romanised word, digraphs folded, so "Sazeman" and any-ascii's "szmn" agree. */
export function consonantSkeleton(word: string): string {
  return word
    .toLowerCase()
    .replace(/kh/g, "k")
    .replace(/gh/g, "g")
    .replace(/zh/g, "j")
    .replace(/dh/g, "z")
    .replace(/th/g, "s")
    .replace(/sh/g, "s")
    .replace(/ch/g, "c")
    .replace(/ph/g, "f")
    .replace(/q/g, "k")
    .replace(/[^a-z]/g, "")
    .replace(/[aeiouyw]/g, "")
    .replace(/(.)\1+/g, "$1");
}

/** Skeletons of at least this many consonants identify a word well enough to look it up. */
export const minSkeleton = 3;
