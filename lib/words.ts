// Words on screen: counts ("1 row", never "1 rows") and stored field names as words ("unit price", never
// "unitPrice"), in one place so that every page says them the same way.

/** `n` with its noun, singular for one; the plural is the noun with "s" unless given. */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? noun : plural}`;
}

/** Field words written otherwise: acronyms in capitals, abbreviations spelled out. */
const acronyms: Record<string, string> = {
  eccn: "ECCN",
  mpn: "MPN",
  url: "URL",
  id: "ID",
  hq: "HQ",
  lcsc: "LCSC",
  nos: "numbers",
};

/** A stored field name as words: "quarantineReason" → "quarantine reason", "unitPriceE4" → "unit price", "eccn" → "ECCN". */
export function humanField(key: string): string {
  return key
    .replace(/E4$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .trim()
    .split(" ")
    .map((w) => (Object.hasOwn(acronyms, w) ? acronyms[w]! : w))
    .join(" ");
}
