// Reads a small, trusted CSV (seed data shipped in data/) whole. Uploads never come through here: they are
// streamed, size-checked and validated by the import pipeline.
import fs from "node:fs";
import Papa from "papaparse";

export type CsvRecord = { rowNumber: number; values: Record<string, string> };

/**
 * `dropTruncatedLast`: the file is known to end inside a quoted field (the CSL snapshot's last record is cut
 * off in its source); that one record is dropped and counted, any other problem still throws.
 */
export function readSmallCsv(
  file: string,
  opts: { dropTruncatedLast?: boolean } = {},
): { headers: string[]; records: CsvRecord[]; dropped: number } {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  let dropped = 0;
  const lastIndex = parsed.data.length - 1;
  if (
    opts.dropTruncatedLast &&
    parsed.errors.length > 0 &&
    parsed.errors.every((e) => (e.row ?? -1) >= lastIndex && (e.code === "MissingQuotes" || e.code === "TooFewFields"))
  ) {
    parsed.data.pop();
    parsed.errors = [];
    dropped = 1;
  }
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    throw new Error(`${file}: row ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  return {
    headers: parsed.meta.fields ?? [],
    records: parsed.data.map((values, i) => ({ rowNumber: i + 2, values })),
    dropped,
  };
}

export function readSmallCsvRows(file: string): string[][] {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
}
