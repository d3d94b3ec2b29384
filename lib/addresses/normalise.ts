// An address read into the parts that say whether two addresses are the same place: unit, floor, building,
// street number, street, district, city and country. Written for the Hong Kong and mainland Chinese addresses
// the Entity List's address-only entries name (89 FR 51644 added eight Hong Kong addresses), in English
// ("Flat/RM 2309, 23/F, Ho King Commercial Centre, 2-16 Fa Yuen Street, Mong Kok, Kowloon") and in Chinese
// ("香港九龍旺角花園街2-16號好景商業中心23樓2309室"); other addresses read as far as these markers go.
import { takePlaces } from "./places";

export type AddressParts = {
  raw: string;
  script: "latin" | "han";
  /** unit numbers, ranges expanded: "Room 1318-19" -> 1318, 1319 */
  units: string[];
  /** floor: a number, or G for the ground floor */
  floor: string | null;
  /** building name words, spelt one way (Bldg -> building, Ctr -> centre); Han text for Chinese addresses */
  building: string | null;
  /** street number or range, as [low, high] */
  number: [number, number] | null;
  /** street name with its kind spelt one way ("fa yuen street"); Han text for Chinese addresses */
  street: string | null;
  /** canonical district name ("mong kok"), English whatever the address was written in */
  district: string | null;
  /** canonical city or area ("kowloon", "hong kong island" is not inferred) */
  city: string | null;
  country: string | null;
};

const words: [RegExp, string][] = [
  [/\bbldg\b|\bblding\b/g, "building"],
  [/\bctre?\b|\bcenter\b|\bcentr\b/g, "centre"],
  [/\bcomm\b|\bcoml\b/g, "commercial"],
  [/\bind\b/g, "industrial"],
  [/\bmans\b/g, "mansion"],
  [/\bplz\b/g, "plaza"],
  [/\btwr\b/g, "tower"],
  [/\bblk\b/g, "block"],
  [/\brd\b/g, "road"],
  [/\bst\b/g, "street"],
  [/\bave?\b/g, "avenue"],
  [/\bln\b/g, "lane"],
  [/\bdr\b/g, "drive"],
];
const streetKinds = /\b(road|street|avenue|lane|drive|path|terrace|circuit|boulevard|highway|square)\b/;
const buildingKinds = new Set([
  "building",
  "centre",
  "commercial",
  "industrial",
  "tower",
  "plaza",
  "house",
  "mansion",
  "court",
  "place",
  "block",
  "square",
  "office",
]);

function expandUnits(id: string): string[] {
  const [a, b] = id.split(/\s*(?:-|–|&|to)\s*/);
  const first = stripZeros(a!);
  if (!b) return [first];
  const low = Number(a);
  // "1318-19" is 1318 and 1319: the second number replaces the first one's last digits
  const highText = /^\d+$/.test(a!) && /^\d+$/.test(b) ? a!.slice(0, Math.max(0, a!.length - b.length)) + b : null;
  const high = highText == null ? NaN : Number(highText);
  if (!Number.isFinite(low) || !Number.isFinite(high) || high < low || high - low > 20) return [first, stripZeros(b)];
  return Array.from({ length: high - low + 1 }, (_, i) => String(low + i));
}
const stripZeros = (s: string) => s.replace(/^0+(?=\w)/, "").toUpperCase();

function numberRange(text: string): [number, number] | null {
  const m = /^(\d+)(?:[a-z])?(?:\s*(?:-|–|至)\s*(\d+))?/i.exec(text.trim());
  if (!m) return null;
  const low = Number(m[1]);
  const high = m[2] ? Number(m[2]) : low;
  return high >= low ? [low, high] : [low, low];
}

const han = /[\u3400-\u9fff]/;

export function parseAddress(raw: string): AddressParts {
  return han.test(raw) ? parseHan(raw) : parseLatin(raw);
}

function parseLatin(raw: string): AddressParts {
  let s = ` ${raw.toLowerCase().replace(/[’']/g, "")} `;
  for (const [re, to] of words) s = s.replace(re, to);
  const units: string[] = [];
  s = s.replace(
    /\b(?:flat\s*\/\s*(?:rm|room)|flat|rm|room|unit|office|suite|shop|workshop)\s*\.?\s*(?:no\.?\s*)?([a-z0-9]+(?:\s*(?:-|–|&)\s*[a-z0-9]+)?)\b/g,
    (_m, id: string) => {
      units.push(...expandUnits(id));
      return " , ";
    },
  );
  let floor: string | null = null;
  s = s.replace(
    /\b(\d+|g)\s*\/\s*f\b|\b(\d+)f\b|\b(\d+)(?:st|nd|rd|th)?\s+floor\b|\bfloor\s+(\d+)\b|\bground\s+floor\b/g,
    (m, a, b, c, d) => {
      floor = /ground/.test(m)
        ? "G"
        : String(a ?? b ?? c ?? d)
            .toUpperCase()
            .replace(/^0+(?=\d)/, "");
      return " , ";
    },
  );
  let country: string | null = null;
  const { district, city, rest } = takePlaces(s, "latin");
  s = rest;
  if (/\b(hong\s*kong|hk|hksar)\s*[.,]*\s*$/.test(s.trim()) || /\bhong\s*kong\b/.test(s)) country = "HK";
  s = s.replace(/\bhong\s*kong\b|\bhksar\b|\bhk\b|\bchina\b|\bprc\b|\bcn\b/g, " , ");
  if (!country && /\b(kowloon|new territories)\b/.test(city ?? "")) country = "HK";
  // the street: "<number> <name> <kind>", the number possibly in the segment before ("301-307, Lockhart Rd")
  // assigned inside the loop below, which narrowing does not follow
  let number = null as [number, number] | null;
  let street = null as string | null;
  const segments = s.split(/[,;]/).map((x) => x.replace(/[.#]/g, " ").replace(/\s+/g, " ").trim());
  const streetAt = segments.findIndex((x) => streetKinds.test(x));
  const buildingWords: string[] = [];
  segments.forEach((seg, i) => {
    if (!seg) return;
    if (i === streetAt) {
      const m =
        /^(?:(?:no\s*)?(\d+[a-z]?(?:\s*(?:-|–)\s*\d+)?)\s+)?(.*?\b(?:road|street|avenue|lane|drive|path|terrace|circuit|boulevard|highway|square))\b(.*)$/.exec(
          seg,
        );
      if (m) {
        if (m[1]) number = numberRange(m[1]);
        // a street name may follow a building name in one segment ("Lockhart Centre 301-307 Lockhart Road")
        const before = m[2]!.split(/\s+(?=\d)/);
        const name = before.pop()!;
        const lead = /^(\d+[a-z]?(?:\s*(?:-|–)\s*\d+)?)\s+(.*)$/.exec(name);
        if (lead) {
          number ??= numberRange(lead[1]!);
          street = lead[2]!;
        } else street = name;
        buildingWords.push(...before.join(" ").split(" ").filter(Boolean));
      }
      return;
    }
    const numeric = /^(?:no\s*)?(\d+[a-z]?(?:\s*(?:-|–)\s*\d+)?)$/.exec(seg);
    if (numeric && i === streetAt - 1) {
      number ??= numberRange(numeric[1]!);
      return;
    }
    // a trailing number after a building's name belongs to the street ("Chevalier House 45-51, Chatham Road")
    const trailing = i === streetAt - 1 ? /^(.*\D)\s+(\d+(?:\s*(?:-|–)\s*\d+)?)$/.exec(seg) : null;
    if (trailing) {
      number ??= numberRange(trailing[2]!);
      buildingWords.push(...trailing[1]!.split(" "));
      return;
    }
    if (i < streetAt || streetAt < 0) buildingWords.push(...seg.split(" "));
  });
  const building = buildingWords.filter((w) => w && !/^\d+$/.test(w)).join(" ") || null;
  return {
    raw,
    script: "latin",
    units: [...new Set(units)],
    floor,
    building,
    number,
    street: street ? street.replace(/\s+/g, " ").trim() : null,
    district,
    city,
    country,
  };
}

function parseHan(raw: string): AddressParts {
  // Traditional and Simplified forms of the markers are both read; names are compared as written
  let s = raw.replace(/\s+/g, "").replace(/[－–—]/g, "-");
  const units: string[] = [];
  s = s.replace(/([0-9A-Za-z]+(?:[-至][0-9A-Za-z]+)?)(?:室|單位|单位|號室|号室)/g, (_m, id: string) => {
    units.push(...expandUnits(id.replace("至", "-")));
    return "|";
  });
  let floor: string | null = null;
  s = s.replace(/(\d+|地下|地)(?:樓|楼|層|层|字樓|字楼)?(?=[|]|$)|(\d+)(?:樓|楼|層|层)/g, (m, a, b) => {
    if (!/[樓楼層层]|地/.test(m)) return m;
    floor = a === "地" || a === "地下" ? "G" : String(a ?? b).replace(/^0+(?=\d)/, "");
    return "|";
  });
  let country: string | null = null;
  if (/香港/.test(s)) country = "HK";
  const { district, city, rest } = takePlaces(s, "han");
  s = rest.replace(/香港|中國|中国/g, "|");
  let number: [number, number] | null = null;
  let street: string | null = null;
  let building: string | null = null;
  const m = /([\u3400-\u9fff]+?(?:道|路|街|里|徑|径|坊))(\d+(?:-\d+)?)(?:號|号)([^|]*)/.exec(s);
  if (m) {
    street = m[1]!.replace(/^[|,，]+/, "");
    number = numberRange(m[2]!);
    building = m[3]!.replace(/[|,，]/g, "") || null;
  }
  return { raw, script: "han", units: [...new Set(units)], floor, building, number, street, district, city, country };
}

/** Words that say what kind of building it is; the name is the rest ("Ho King Commercial Centre" -> "ho king"). */
export function buildingName(building: string): string {
  const ws = building.split(" ").filter((w) => w && !buildingKinds.has(w));
  return (ws.length ? ws : building.split(" ")).join("");
}

/** A street name without its kind, spaces gone ("Fa Yuen Street" and "Fayuen St" are one street). */
export function streetName(street: string): string {
  return street
    .replace(streetKinds, "")
    .replace(/[\s\-]/g, "")
    .replace(/[道路街里徑径坊]$/, "");
}
