// A listed entry as read from a list file, in the shape screening works on.
import type { ListedEntryInput } from "../lists/csl";
import type { ListRef, ScreenableEntry } from "./types";

export function toScreenable(
  e: ListedEntryInput,
  id: string,
  listKind: "csl" | "internal",
  listVersion: ListRef,
): ScreenableEntry {
  return {
    id,
    entryKey: e.entryKey,
    contentHash: e.contentHash,
    sourceCode: e.sourceCode,
    listKind,
    name: e.name,
    aliases: e.aliases,
    countries: [...new Set(e.addressRows.map((a) => a.country).filter((c): c is string => !!c))].sort(),
    addresses: e.addresses,
    listVersion,
  };
}
