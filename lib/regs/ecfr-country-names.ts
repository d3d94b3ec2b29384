// Country names as the eCFR's tables print them (Supp. No. 1 to part 738, Supp. No. 1 to part 740) to ISO 3166-1
// alpha-2, the code the rest of the product keys countries by (lib/country-code.ts). The English region names of
// the runtime's ICU data (Intl.DisplayNames) cover most rows; the table below covers the EAR's own spellings,
// including the misspellings the eCFR prints as of 2026-07-23 ("Seycheles" in the Country Chart, "Cote d'lvoire"
// with a lower-case L in the Country Groups).

const earSpellings: Record<string, string> = {
  burma: "MM",
  "china (prc)": "CN",
  "congo (democratic republic of the)": "CD",
  "congo (democratic republic of)": "CD",
  "congo (republic of the)": "CG",
  "cote d'ivoire": "CI",
  "cote d'lvoire": "CI",
  "czech republic": "CZ",
  "korea, north": "KP",
  "korea, south": "KR",
  macau: "MO",
  "micronesia (federated state of)": "FM",
  "micronesia (federated states of)": "FM",
  "micronesia, federated states of": "FM",
  seycheles: "SC",
  "saint vincent and the grenadines": "VC",
  "sint maarten (the dutch two-fifths of the island of saint martin)": "SX",
  "south sudan, republic of": "SS",
  "hong kong": "HK",
  turkiye: "TR",
  turkey: "TR",
  russia: "RU",
  vietnam: "VN",
  laos: "LA",
  kosovo: "XK",
};

/** Folds what differs between spellings of one name: case, accents, "&", "St.", a leading or trailing "The". */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/&/g, "and")
    .replace(/\bst\.\s*/g, "saint ")
    .replace(/^the\s+|,\s*the$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

let icuNames: Map<string, string> | null = null;

function icu(): Map<string, string> {
  if (icuNames) return icuNames;
  const names = new Map<string, string>();
  const display = new Intl.DisplayNames(["en"], { type: "region" });
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of letters)
    for (const b of letters) {
      const code = a + b;
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        continue;
      }
      // unknown codes come back as themselves; EU, UN and the like are not destinations
      if (name && name !== code && !["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"].includes(code))
        names.set(nameKey(name), code);
    }
  icuNames = names;
  return names;
}

/** The ISO alpha-2 code for a name as the eCFR prints it, or null when it is not known. */
export function countryCodeOf(name: string): string | null {
  const key = nameKey(name);
  return earSpellings[key] ?? icu().get(key) ?? null;
}
