// Builds the screening evaluation set from the list shipped in data/csl: query variants of listed names (each
// with the listed entry it must find) and near-miss negatives (constructed names that share a city, a generic
// word or a prefix with a listed name but name no listed entry). Deterministic: the same list gives the same
// set, and a unit test checks the committed CSV is what this builds.
import type { ListedEntryInput } from "../../lib/lists/csl";
import { normaliseName } from "../../lib/screening/normalise";
import { placeTokens } from "../../lib/screening/places";
import { withinOneEdit } from "../../lib/screening/jaro-winkler";
import { prng } from "../lib";

export type EvalRow = {
  id: number;
  kind: string;
  query: string;
  country: string;
  expectedEntryKey: string;
  expectedName: string;
};

export const positiveKinds = [
  "legal-form",
  "abbreviation",
  "split-join",
  "typo",
  "word-order",
  "case-punctuation",
  "alias",
  "city-dropped",
  "transliteration-ru",
  "transliteration-zh",
] as const;
export const negativeKinds = ["near-miss-city", "near-miss-generic", "near-miss-prefix"] as const;

/** Real Chinese names of entities on the shipped list (public company registrations), Simplified script. */
const chineseNames: [string, string][] = [
  ["浙江大华技术股份有限公司", "Dahua Technology"],
  ["华为技术有限公司", "Huawei Technologies Co., Ltd."],
  ["无锡江南计算技术研究所", "Wuxi Jiangnan Institute of Computing Technology"],
  ["成都海光集成电路设计有限公司", "Chengdu Haiguang Integrated Circuit"],
  ["成都海光微电子技术有限公司", "Chengdu Haiguang Microelectronics Technology"],
  ["曙光信息产业股份有限公司", "Sugon"],
  ["上海依图网络科技有限公司", "Yitu Technologies"],
];
/** The same names in Traditional script. */
const traditional: Record<string, string> = {
  浙江大华技术股份有限公司: "浙江大華技術股份有限公司",
  华为技术有限公司: "華為技術有限公司",
  无锡江南计算技术研究所: "無錫江南計算技術研究所",
  成都海光集成电路设计有限公司: "成都海光集成電路設計有限公司",
  成都海光微电子技术有限公司: "成都海光微電子技術有限公司",
  曙光信息产业股份有限公司: "曙光信息產業股份有限公司",
  上海依图网络科技有限公司: "上海依圖網絡科技有限公司",
};

const latinToCyrillic: [string, string][] = [
  ["shch", "щ"],
  ["kh", "х"],
  ["zh", "ж"],
  ["ts", "ц"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["yu", "ю"],
  ["ya", "я"],
  ["yo", "ё"],
  ["ye", "е"],
  ["a", "а"],
  ["b", "б"],
  ["v", "в"],
  ["g", "г"],
  ["d", "д"],
  ["e", "е"],
  ["z", "з"],
  ["i", "и"],
  ["y", "й"],
  ["k", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["p", "п"],
  ["r", "р"],
  ["s", "с"],
  ["t", "т"],
  ["u", "у"],
  ["f", "ф"],
  ["c", "к"],
  ["x", "кс"],
  ["w", "в"],
  ["h", "х"],
  ["j", "дж"],
  ["q", "к"],
];
const russianLegalForms: Record<string, string> = {
  LLC: "ООО",
  OOO: "ООО",
  JSC: "АО",
  AO: "АО",
  OJSC: "ОАО",
  OAO: "ОАО",
  PJSC: "ПАО",
  PAO: "ПАО",
  ZAO: "ЗАО",
  CJSC: "ЗАО",
};
const englishWords =
  /\b(company|bank|public|joint|stock|limited|ltd|airlines?|russian|agricultural|trading|group|international|research|institute|of|the|and|plant|center|centre|academy|business|security|industries|corporation|scientific)\b/i;

function toCyrillic(latin: string): string {
  let out = "";
  let rest = latin.toLowerCase();
  outer: while (rest) {
    for (const [l, c] of latinToCyrillic) {
      if (rest.startsWith(l)) {
        out += c;
        rest = rest.slice(l.length);
        continue outer;
      }
    }
    out += rest[0];
    rest = rest.slice(1);
  }
  return out;
}

const legalSwaps: [RegExp, string][] = [
  [/,?\s*Co\.,?\s*Ltd\.?$/i, " Company Limited"],
  [/\s*Company Limited$/i, " Co., Ltd."],
  [/,?\s*Ltd\.?$/i, " Limited"],
  [/\s*Limited$/i, " Ltd"],
  [/\s*LLC$/i, " Limited Liability Company"],
  [/^LLC\s+/i, "OOO "],
  [/^OOO\s+/i, "LLC "],
  [/\s*JSC$/i, " Joint Stock Company"],
  [/\s*Inc\.?$/i, " Incorporated"],
  [/\s*Corporation$/i, " Corp."],
];
const abbreviationSwaps: [RegExp, string][] = [
  [/\bTechnology\b/i, "Tech"],
  [/\bTechnologies\b/i, "Tech."],
  [/\bInternational\b/i, "Intl"],
  [/\bDevelopment\b/i, "Dev."],
  [/\bScience and Technology\b/i, "Sci-Tech"],
  [/\bInstitute\b/i, "Inst."],
  [/\bUniversity\b/i, "Univ."],
  [/\bElectronics\b/i, "Elec."],
  [/\bManufacturing\b/i, "Mfg"],
];

const syllables = [
  "xin",
  "rui",
  "heng",
  "da",
  "jia",
  "yuan",
  "hong",
  "tai",
  "feng",
  "lian",
  "sheng",
  "kai",
  "ming",
  "bo",
  "tong",
  "wei",
  "lan",
  "an",
  "qi",
  "ze",
];
const organisationWords = new Set([
  "co",
  "ltd",
  "llc",
  "inc",
  "corp",
  "gmbh",
  "jsc",
  "plc",
  "trading",
  "technology",
  "industry",
  "group",
  "institute",
  "academy",
  "factory",
  "enterprise",
  "electronic",
  "import",
  "export",
  "bank",
  "university",
  "logistic",
  "shipping",
  "holding",
  "international",
  "development",
  "engineering",
  "manufacturing",
  "system",
  "equipment",
  "material",
]);
const prefixEndings = ["ora", "exis", "ulon", "ameda", "orix", "antel"];

function isOrganisation(e: ListedEntryInput): boolean {
  return e.type !== "Individual" && normaliseName(e.name).tokens.filter((t) => t.length > 2).length >= 2;
}

export function buildEvalSet(entries: readonly ListedEntryInput[]): EvalRow[] {
  const random = prng(20191009);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const rows: EvalRow[] = [];
  const seenQueries = new Set<string>();
  const add = (kind: string, query: string, e: ListedEntryInput | null, country = "") => {
    const key = query.toLowerCase();
    if (seenQueries.has(key) || (e && query === e.name)) return false;
    seenQueries.add(key);
    rows.push({
      id: rows.length + 1,
      kind,
      query: query.replace(/\s+/g, " ").trim(),
      country,
      expectedEntryKey: e?.entryKey ?? "",
      expectedName: e?.name ?? "",
    });
    return true;
  };
  const vocabulary = new Set<string>();
  for (const e of entries)
    for (const n of [e.name, ...e.aliases.map((a) => a.name)])
      for (const t of normaliseName(n).tokens) vocabulary.add(t);
  const orgs = entries.filter(isOrganisation);
  const byName = new Map(entries.map((e) => [e.name, e]));

  // one variant of each kind for a spread of listed organisations, Entity List first
  const ordered = [...orgs.filter((e) => e.sourceCode === "EL"), ...orgs.filter((e) => e.sourceCode !== "EL")];
  const quota: Record<string, number> = {
    "legal-form": 45,
    abbreviation: 40,
    "split-join": 40,
    typo: 50,
    "word-order": 40,
    "case-punctuation": 35,
    alias: 40,
    "city-dropped": 25,
  };
  const counts: Record<string, number> = {};
  const take = (kind: string) => (counts[kind] ?? 0) < quota[kind]!;
  const done = (kind: string) => (counts[kind] = (counts[kind] ?? 0) + 1);
  for (let i = 0; i < ordered.length; i++) {
    const e = ordered[(i * 7919) % ordered.length]!;
    const name = e.name.replace(/\s+/g, " ").trim();
    const words = name.split(" ");
    if (take("legal-form")) {
      const swap = legalSwaps.find(([re]) => re.test(name));
      if (swap && add("legal-form", name.replace(swap[0], swap[1]), e)) done("legal-form");
    }
    if (take("abbreviation")) {
      const swap = abbreviationSwaps.find(([re]) => re.test(name));
      if (swap && add("abbreviation", name.replace(swap[0], swap[1]), e)) done("abbreviation");
    }
    if (take("split-join")) {
      const long = words.findIndex((w) => /^[A-Za-z]{8,}$/.test(w) && !placeTokens.has(w.toLowerCase()));
      if (long >= 0) {
        const w = words[long]!;
        const cut = Math.floor(w.length / 2);
        if (
          add(
            "split-join",
            [...words.slice(0, long), `${w.slice(0, cut)} ${w.slice(cut)}`, ...words.slice(long + 1)].join(" "),
            e,
          )
        )
          done("split-join");
      } else if (words.length >= 3 && /^[A-Za-z]{3,}$/.test(words[0]!) && /^[A-Za-z]{3,}$/.test(words[1]!)) {
        if (add("split-join", `${words[0]}${words[1]} ${words.slice(2).join(" ")}`, e)) done("split-join");
      }
    }
    if (take("typo")) {
      const candidates = words.map((w, j) => [w, j] as const).filter(([w]) => /^[A-Za-z]{6,}$/.test(w));
      if (candidates.length) {
        const [w, j] = pick(candidates);
        const at = 1 + Math.floor(random() * (w.length - 2));
        const edit = Math.floor(random() * 4);
        const letter = "aeiounrst"[Math.floor(random() * 9)]!;
        const typo =
          edit === 0
            ? w.slice(0, at) + w.slice(at + 1)
            : edit === 1
              ? w.slice(0, at) + letter + w.slice(at)
              : edit === 2
                ? w.slice(0, at) + letter + w.slice(at + 1)
                : w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
        if (
          typo !== w &&
          withinOneEdit(w.toLowerCase(), typo.toLowerCase()) &&
          add("typo", [...words.slice(0, j), typo, ...words.slice(j + 1)].join(" "), e)
        )
          done("typo");
      }
    }
    if (take("word-order") && words.length >= 3) {
      const core = words.filter((w) => !/^(co\.?,?|ltd\.?|limited|llc|inc\.?|company|of|and|the)$/i.test(w));
      if (core.length >= 2) {
        const moved = [...core.slice(1), core[0]!].join(" ");
        if (add("word-order", moved, e)) done("word-order");
      }
    }
    if (take("case-punctuation")) {
      const v = i % 2 ? name.toUpperCase().replace(/[.,()]/g, "") : name.toLowerCase().replace(/\s+/g, "-");
      if (add("case-punctuation", v, e)) done("case-punctuation");
    }
    if (take("alias")) {
      const alias = e.aliases.find((a) => a.kind === "alias" && normaliseName(a.name).tokens.length >= 2);
      if (alias && add("alias", alias.name, e)) done("alias");
    }
    if (take("city-dropped")) {
      const first = normaliseName(words[0] ?? "").tokens[0];
      if (first && placeTokens.has(first) && words.length >= 3 && add("city-dropped", words.slice(1).join(" "), e))
        done("city-dropped");
    }
  }

  // transliterations: Cyrillic spellings of Russian names, real Chinese names in both scripts
  // names romanised from Russian (not translated into English: "VTB Bank Public Joint Stock Company" is not)
  const russian = orgs.filter(
    (e) =>
      e.addressRows.some((a) => a.country === "RU") && /^[A-Za-z .,\-"]+$/.test(e.name) && !englishWords.test(e.name),
  );
  let ru = 0;
  for (const e of russian) {
    if (ru >= 25) break;
    const words = e.name.replace(/[",.]/g, " ").split(/\s+/).filter(Boolean);
    const v = words.map((w) => russianLegalForms[w.toUpperCase()] ?? toCyrillic(w)).join(" ");
    if (add("transliteration-ru", v, e)) ru++;
  }
  for (const [simplified, listedName] of chineseNames) {
    const e = byName.get(listedName);
    if (!e) throw new Error(`eval set: "${listedName}" is not on the shipped list`);
    add("transliteration-zh", simplified, e);
    add("transliteration-zh", traditional[simplified]!, e);
  }

  // negatives: listed names with what identifies them replaced, so they share the city, the generic words and
  // the legal form (or the first letters of the distinctive word) with a listed name but name no listed entry
  const isFresh = (token: string) =>
    !vocabulary.has(token) && ![...vocabulary].some((v) => v.length >= 5 && withinOneEdit(v, token));
  const titled = (t: string) => t[0]!.toUpperCase() + t.slice(1);
  const brand = () => {
    for (;;) {
      const b = pick(syllables) + pick(syllables);
      if (b.length >= 5 && isFresh(b)) return titled(b);
    }
  };
  const frequency = new Map<string, number>();
  for (const e of orgs)
    for (const t of new Set(normaliseName(e.name).tokens)) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const isGeneric = (word: string) => {
    const t = normaliseName(word).tokens;
    return t.length === 0 || t.every((x) => placeTokens.has(x) || (frequency.get(x) ?? 0) >= 5 || x.length <= 2);
  };
  const shapes = orgs
    .map((e) => ({
      e,
      words: e.name
        .replace(/\([^)]*\)/g, " ")
        .replace(/[^\p{L}\p{N}\s.,&'-]/gu, "")
        .replace(/\s+/g, " ")
        .trim()
        .split(" "),
    }))
    // one word identifies the company, the rest are places and common words: change that word and it is another company
    // a company (not a person), short enough that it shares a city, a common word or a prefix, not a whole name
    .filter(
      ({ words }) =>
        words.length >= 3 &&
        words.length <= 6 &&
        words.filter((w) => !isGeneric(w)).length === 1 &&
        words.some((w) => /^[A-Za-z]{4,}$/.test(w) && !isGeneric(w)),
    )
    .filter(({ words }) => normaliseName(words.join(" ")).tokens.some((t) => organisationWords.has(t)));
  const negativeQuota = 40;
  const made: Record<string, number> = {};
  for (let k = 0; k < shapes.length * 3 && Object.values(made).reduce((a, b) => a + b, 0) < negativeQuota * 3; k++) {
    const { words } = shapes[(k * 104729) % shapes.length]!;
    const kind = negativeKinds[k % 3]!;
    if ((made[kind] ?? 0) >= negativeQuota) continue;
    const first = normaliseName(words[0]!).tokens[0] ?? "";
    let v: string | null = null;
    if (kind === "near-miss-city" && placeTokens.has(first)) {
      const b = brand();
      v = words
        .map((w, j) => (j > 0 && !isGeneric(w) ? b : w))
        .filter((w, j, all) => all.indexOf(w) === j || w !== b)
        .join(" ");
    } else if (kind === "near-miss-generic") {
      const b = brand();
      v = words
        .filter((w) => !placeTokens.has(normaliseName(w).tokens[0] ?? ""))
        .map((w) => (isGeneric(w) ? w : b))
        .filter((w, j, all) => all.indexOf(w) === j || w !== b)
        .join(" ");
    } else if (kind === "near-miss-prefix") {
      const at = words.findIndex((w) => /^[A-Za-z]{6,}$/.test(w) && !isGeneric(w));
      if (at >= 0) {
        const w = words[at]!;
        const ending = pick(prefixEndings);
        const changed = w.slice(0, 4) + (w === w.toUpperCase() ? ending.toUpperCase() : ending);
        if (isFresh(changed.toLowerCase())) v = [...words.slice(0, at), changed, ...words.slice(at + 1)].join(" ");
      }
    }
    if (v && add(kind, v, null, "")) made[kind] = (made[kind] ?? 0) + 1;
  }
  return rows;
}

export const evalCsvHeader = "id,kind,query,country,expected_entry_key,expected_name";

export function toCsv(rows: readonly EvalRow[]): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return (
    [
      evalCsvHeader,
      ...rows.map((r) => [r.id, r.kind, q(r.query), r.country, q(r.expectedEntryKey), q(r.expectedName)].join(",")),
    ].join("\n") + "\n"
  );
}
