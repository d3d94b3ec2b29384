// The list the product ships: the team-compiled Entity List facts (data/reference/entity-list-facts.csv, each
// row's sources in its provenance file), seeded on a first start so screening works offline. It is NOT the full
// list: the dashboard says so and names the command that loads the publisher's list. The 2023 CSL snapshot that
// tests and benchmarks use is a copy of another repository's file and is read from ../shared/reference.
import path from "node:path";
import { readSmallCsv, type CsvRecord } from "../csv/read-small";
import { isRepeatedHeader, toListedEntry, type ListedEntryInput } from "./csl";

export const factsListFile = "reference/entity-list-facts.csv";
/** The label of the seeded facts version: the overview recognises it to say the full list is not loaded. */
export const factsListLabel = "Entity List facts (team-compiled; not the full list)";
export const fullListCommand = "npx chokepoint lists update";

function listEntries(records: CsvRecord[]): ListedEntryInput[] {
  return records.filter((r) => !isRepeatedHeader(r.values)).map((r) => toListedEntry(r.values, r.rowNumber));
}

export type ShippedList = {
  entries: ListedEntryInput[];
  records: CsvRecord[];
  droppedTruncated: number;
  /** latest start date in the list, the best publication date the files give */
  publishedOn: string | null;
};

const latestDate = (entries: ListedEntryInput[]) =>
  entries
    .map((e) => e.startDate ?? "")
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
    .pop() ?? null;

/** The Entity List facts shipped in data/ (`dataDir`). */
export function readFactsList(dataDir: string): ShippedList {
  const records = readSmallCsv(path.join(dataDir, factsListFile)).records;
  const entries = listEntries(records);
  return { entries, records, droppedTruncated: 0, publishedOn: latestDate(entries) };
}

/**
 * The 2023 CSL snapshot from ../shared/reference/csl (its last record is cut off in the source and dropped)
 * plus the facts rows it lacks: the real-size list tests and the screening benchmark use.
 */
export function readSnapshotList(snapshotFile: string, dataDir: string): ShippedList {
  const snapshotRead = readSmallCsv(snapshotFile, { dropTruncatedLast: true });
  const entries = listEntries(snapshotRead.records);
  const inSnapshot = new Set(entries.map((e) => e.entryKey));
  entries.push(...readFactsList(dataDir).entries.filter((e) => !inSnapshot.has(e.entryKey)));
  return {
    entries,
    records: snapshotRead.records,
    droppedTruncated: snapshotRead.dropped,
    publishedOn: latestDate(entries),
  };
}
