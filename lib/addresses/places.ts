// Hong Kong districts and areas in the spellings addresses use (one word or two, abbreviations) and in
// Traditional and Simplified Chinese, each under one English name, so "Mongkok KLN" and "旺角" meet "Mong Kok,
// Kowloon". Names from the Hong Kong addresses on the Entity List and the common business districts; a place
// not in the table is compared through the street and building instead.
type Place = { name: string; kind: "district" | "city"; latin: string[]; han: string[] };

const places: Place[] = [
  { name: "kowloon", kind: "city", latin: ["kowloon", "kln", "kl"], han: ["九龍", "九龙"] },
  { name: "new territories", kind: "city", latin: ["new territories", "nt"], han: ["新界"] },
  { name: "wan chai", kind: "district", latin: ["wan ?chai", "wanchai"], han: ["灣仔", "湾仔"] },
  { name: "mong kok", kind: "district", latin: ["mong ?kok"], han: ["旺角"] },
  { name: "tsim sha tsui", kind: "district", latin: ["tsim ?sha ?tsui", "tst"], han: ["尖沙咀", "尖沙嘴"] },
  { name: "kwun tong", kind: "district", latin: ["kwun ?tong"], han: ["觀塘", "观塘"] },
  { name: "kowloon bay", kind: "district", latin: ["kowloon bay"], han: ["九龍灣", "九龙湾"] },
  { name: "yau ma tei", kind: "district", latin: ["yau ?ma ?tei"], han: ["油麻地"] },
  { name: "sham shui po", kind: "district", latin: ["sham ?shui ?po"], han: ["深水埗", "深水步"] },
  { name: "cheung sha wan", kind: "district", latin: ["cheung ?sha ?wan"], han: ["長沙灣", "长沙湾"] },
  { name: "causeway bay", kind: "district", latin: ["causeway bay"], han: ["銅鑼灣", "铜锣湾"] },
  { name: "central", kind: "district", latin: ["central district"], han: ["中環", "中环"] },
  { name: "sheung wan", kind: "district", latin: ["sheung ?wan"], han: ["上環", "上环"] },
  { name: "admiralty", kind: "district", latin: ["admiralty"], han: ["金鐘", "金钟"] },
  { name: "north point", kind: "district", latin: ["north point"], han: ["北角"] },
  { name: "quarry bay", kind: "district", latin: ["quarry bay"], han: ["鰂魚涌", "鲗鱼涌"] },
  { name: "tsuen wan", kind: "district", latin: ["tsuen ?wan"], han: ["荃灣", "荃湾"] },
  { name: "kwai chung", kind: "district", latin: ["kwai ?chung"], han: ["葵涌"] },
  { name: "sha tin", kind: "district", latin: ["sha ?tin"], han: ["沙田"] },
  { name: "san po kong", kind: "district", latin: ["san ?po ?kong"], han: ["新蒲崗", "新蒲岗"] },
  { name: "hung hom", kind: "district", latin: ["hung ?hom"], han: ["紅磡", "红磡"] },
  { name: "jordan", kind: "district", latin: ["jordan"], han: ["佐敦"] },
  { name: "prince edward", kind: "district", latin: ["prince edward"], han: ["太子"] },
];

// one pattern per script, longer names first so "kowloon bay" is read before "kowloon"; a district's name in a
// street's ("Mong Kok Road") is the street
const variants = (script: "latin" | "han") =>
  places.flatMap((p) => p[script].map((v) => ({ v, p }))).sort((a, b) => b.v.length - a.v.length);
const latinPattern = new RegExp(
  `\\b(?:${variants("latin")
    .map((x) => x.v)
    .join("|")})\\b(?!\\s+(?:road|street|avenue|lane|drive|path))`,
  "g",
);
const hanPattern = new RegExp(
  variants("han")
    .map((x) => x.v)
    .join("|"),
  "g",
);
const key = (text: string) => text.replace(/\s+/g, "");
const byText = new Map<string, Place>();
for (const script of ["latin", "han"] as const)
  for (const { v, p } of variants(script)) byText.set(key(v.replace(/ \?/g, " ")), p);

/** The first district and the first city or area named in the text, and the text without any of them. */
export function takePlaces(s: string, script: "latin" | "han") {
  let district: string | null = null;
  let city: string | null = null;
  const rest = s.replace(script === "latin" ? latinPattern : hanPattern, (m) => {
    const place = byText.get(key(m));
    if (place?.kind === "city") city ??= place.name;
    else if (place) district ??= place.name;
    return " , ";
  });
  return { district, city, rest };
}
