// The list shipped in data/csl: the 2023 CSL snapshot (its last record is cut off in the source and dropped)
// plus the Entity List facts file, which repeats a few snapshot rows; every snapshot row is kept as it is.
// Read by the seed, the screening evaluation set and tests.
import path from "node:path";
import { readSmallCsv, type CsvRecord } from "../csv/read-small";
import { isRepeatedHeader, toListedEntry, type ListedEntryInput } from "./csl";

export const shippedListFiles = {
  snapshot: "csl/csl-snapshot-2023-11-subset.csv",
  facts: "csl/entity-list-facts.csv",
} as const;

function listEntries(records: CsvRecord[]): ListedEntryInput[] {
  return records.filter((r) => !isRepeatedHeader(r.values)).map((r) => toListedEntry(r.values, r.rowNumber));
}

export type ShippedList = {
  entries: ListedEntryInput[];
  snapshot: CsvRecord[];
  facts: CsvRecord[];
  droppedTruncated: number;
  /** latest start date in the list, the best publication date the files give */
  publishedOn: string | null;
};

export function readShippedList(dataDir: string): ShippedList {
  const snapshotRead = readSmallCsv(path.join(dataDir, shippedListFiles.snapshot), { dropTruncatedLast: true });
  const facts = readSmallCsv(path.join(dataDir, shippedListFiles.facts)).records;
  const entries = listEntries(snapshotRead.records);
  const inSnapshot = new Set(entries.map((e) => e.entryKey));
  entries.push(...listEntries(facts).filter((e) => !inSnapshot.has(e.entryKey)));
  const publishedOn =
    entries
      .map((e) => e.startDate ?? "")
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .pop() ?? null;
  return { entries, snapshot: snapshotRead.records, facts, droppedTruncated: snapshotRead.dropped, publishedOn };
}
