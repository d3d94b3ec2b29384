// A synthetic list shaped like the real one, at the size the speed targets name: 30,000 entries with about
// 60,000 names (aliases: legal-form swaps, city dropped, "Technology" -> "Tech", transliteration variants),
// 15 % persons, made-up brand words built from syllables; and party names to screen, 40 % perturbed listed
// names (typos, swapped words, legal form changed or dropped, case, punctuation, "Branch" added) and 60 % fresh
// names from the same generator. Deterministic; nothing here is presented as a real list.
import type { ScreenableEntry } from "../../lib/screening/types";
import { prng } from "../lib";

const onsets = [
  "b",
  "ch",
  "d",
  "f",
  "g",
  "h",
  "j",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "sh",
  "t",
  "v",
  "x",
  "y",
  "z",
  "zh",
  "kr",
  "st",
  "tr",
];
const vowels = ["a", "e", "i", "o", "u", "ai", "ia", "ei", "ou", "ua"];
const codas = ["", "", "n", "ng", "r", "k", "s", "x", "m"];
const cities = [
  "Beijing",
  "Shanghai",
  "Shenzhen",
  "Guangzhou",
  "Tianjin",
  "Chengdu",
  "Wuhan",
  "Hangzhou",
  "Moscow",
  "Yekaterinburg",
  "Novosibirsk",
  "Tehran",
  "Isfahan",
  "Dubai",
  "Karachi",
  "Minsk",
  "Istanbul",
  "Hong Kong",
  "Singapore",
  "Kazan",
];
const industries = [
  "Technology",
  "Electronics",
  "Trading",
  "Logistics",
  "New Materials",
  "Aviation",
  "Precision Machinery",
  "Optoelectronics",
  "Microwave",
  "Semiconductor",
  "Industrial",
  "Research Institute",
  "Engineering",
  "Import and Export",
  "Shipping",
  "Energy",
  "Photonics",
  "Defense Systems",
];
const legalForms = [
  "Co., Ltd.",
  "Company Limited",
  "LLC",
  "JSC",
  "Limited",
  "Corporation",
  "Inc.",
  "GmbH",
  "Co. Ltd",
  "(HK) Co., Limited",
];
const firstNames = [
  "Hossein",
  "Dmitry",
  "Mohammad",
  "Ali",
  "Sergey",
  "Wei",
  "Li",
  "Alexander",
  "Reza",
  "Igor",
  "Yuri",
  "Hamid",
  "Chen",
  "Olga",
  "Elena",
];
const transliterations: [RegExp, string][] = [
  [/zh/g, "j"],
  [/kh/g, "h"],
  [/ou/g, "u"],
  [/x/g, "ks"],
  [/y/g, "i"],
];

function generator(seed: number) {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const syllable = () => pick(onsets) + pick(vowels) + pick(codas);
  const word = () => {
    const w = syllable() + syllable() + (rand() < 0.4 ? syllable() : "");
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const organisation = () => {
    const brand = rand() < 0.25 ? `${word()} ${word()}` : word();
    const city = rand() < 0.6 ? `${pick(cities)} ` : "";
    return { city, brand, industry: pick(industries), legal: pick(legalForms) };
  };
  return { rand, pick, word, organisation };
}

export function syntheticEntries(count: number): ScreenableEntry[] {
  const g = generator(30_000);
  const listVersion = { id: "synthetic", label: "Synthetic benchmark list", publishedOn: null };
  const entries: ScreenableEntry[] = [];
  for (let i = 0; i < count; i++) {
    const country = g.pick(["CN", "RU", "IR", "AE", "HK", "PK", "TR", "BY", "SG"]);
    let name: string;
    const aliases: string[] = [];
    if (g.rand() < 0.15) {
      name = `${g.pick(firstNames)} ${g.word()}ovich ${g.word()}`;
      if (g.rand() < 0.7) aliases.push(name.replace(/ovich/, "ovitch"));
    } else {
      const o = g.organisation();
      name = `${o.city}${o.brand} ${o.industry} ${o.legal}`;
      const variants = [
        `${o.brand} ${o.industry} ${g.pick(legalForms)}`,
        `${o.city}${o.brand} ${o.industry.replace("Technology", "Tech")}`,
        transliterations.reduce((s, [re, to]) => s.replace(re, to), `${o.brand} ${o.industry}`.toLowerCase()),
        `${o.brand} Group`,
      ];
      const n = Math.floor(g.rand() * 2.9);
      for (let k = 0; k < n; k++) aliases.push(variants[(i + k) % variants.length]!);
    }
    entries.push({
      id: `s${i}`,
      entryKey: `SYN|${i}`,
      contentHash: `${i}`,
      sourceCode: g.pick(["EL", "SDN", "SDN", "MEU", "UVL", "DPL"]),
      listKind: "csl",
      name,
      aliases: [...new Set(aliases)].filter((a) => a !== name).map((a) => ({ name: a, kind: "alias" as const })),
      countries: [country],
      addresses: null,
      listVersion,
    });
  }
  return entries;
}

function perturb(name: string, rand: () => number): string {
  const words = name.split(" ");
  const edits = 1 + Math.floor(rand() * 2);
  for (let e = 0; e < edits; e++) {
    const kind = Math.floor(rand() * 6);
    const j = Math.floor(rand() * words.length);
    const w = words[j]!;
    if (kind === 0 && w.length > 4) {
      const at = 1 + Math.floor(rand() * (w.length - 2));
      words[j] = w.slice(0, at) + "eaoiu"[Math.floor(rand() * 5)] + w.slice(at + 1);
    } else if (kind === 1 && words.length > 2) words.push(words.splice(j, 1)[0]!);
    else if (kind === 2) words.splice(words.length - 1, 1);
    else if (kind === 3) return words.join(" ").toUpperCase();
    else if (kind === 4) return words.join(" ").replace(/[.,()]/g, "");
    else words.push("Branch");
  }
  return words.join(" ");
}

/** Party names to screen: perturbed listed names and fresh names from the same generator. */
export function syntheticParties(entries: readonly ScreenableEntry[], count: number): string[] {
  const g = generator(100_000);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (g.rand() < 0.4) out.push(perturb(entries[Math.floor(g.rand() * entries.length)]!.name, g.rand));
    else {
      const o = g.organisation();
      out.push(`${o.city}${o.brand} ${o.industry} ${o.legal}`);
    }
  }
  return out;
}
