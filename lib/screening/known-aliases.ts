// Names a listed entry is known by that the list does not record: a Chinese company's registered name in
// characters, a former name, a name in another script. They come from alias files (an analyst's, or the
// team-compiled one in data/) with a source each, and are tied to an entry by its listed name, not by a list
// version's row id, so they keep working when the list is updated. Pure: lib/data/screening.ts loads them.
import { normaliseName } from "./normalise";
import type { ScreenableEntry } from "./types";

export const aliasScripts = ["latin", "hans", "hant", "han", "arabic", "cyrillic", "hangul", "other"] as const;
export type AliasScript = (typeof aliasScripts)[number];

export type KnownAlias = { listedName: string; alias: string; script: AliasScript; source: string };

/** "Zhejiang Dahua Technology Co., Ltd." and "ZHEJIANG DAHUA TECHNOLOGY CO. LTD" name one entry. */
export function listedNameKey(name: string): string {
  return normaliseName(name).text;
}

/** Re-importing the same alias of the same entry updates its source instead of adding a second row. */
export const knownAliasKey = (a: Pick<KnownAlias, "listedName" | "alias">) =>
  `${listedNameKey(a.listedName)}|${a.alias.normalize("NFKC").trim()}`;

/** The script an alias is written in, when the file does not say: the first letter that tells decides. */
export function detectScript(text: string): AliasScript {
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) return "han";
    if (/\p{Script=Arabic}/u.test(ch)) return "arabic";
    if (/\p{Script=Cyrillic}/u.test(ch)) return "cyrillic";
    if (/\p{Script=Hangul}/u.test(ch)) return "hangul";
    if (/\p{Script=Latin}/u.test(ch)) return "latin";
  }
  return "other";
}

/**
 * Each entry with the known aliases of its name (or of one of its listed aliases) added, each alias keeping its
 * source for the explanation. An alias the entry already lists is not added twice.
 */
export function withKnownAliases(entries: readonly ScreenableEntry[], known: readonly KnownAlias[]): ScreenableEntry[] {
  if (!known.length) return [...entries];
  const byListed = new Map<string, KnownAlias[]>();
  for (const k of known) {
    const key = listedNameKey(k.listedName);
    const list = byListed.get(key) ?? byListed.set(key, []).get(key)!;
    list.push(k);
  }
  return entries.map((e) => {
    const found = new Map<string, KnownAlias>();
    for (const n of [e.name, ...e.aliases.map((a) => a.name)])
      for (const k of byListed.get(listedNameKey(n)) ?? []) found.set(k.alias, k);
    if (!found.size) return e;
    const listed = new Set([e.name, ...e.aliases.map((a) => a.name)]);
    const added = [...found.values()]
      .filter((k) => !listed.has(k.alias))
      .map((k) => ({ name: k.alias, kind: "alias" as const, source: k.source }));
    return added.length ? { ...e, aliases: [...e.aliases, ...added] } : e;
  });
}
