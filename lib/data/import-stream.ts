import "server-only";
// What every kind's import path shares: the data rows of the file (header and preamble skipped) with the
// parser's own problems, the log of row problems, the cell-count check.
import type { Analysis } from "../imports/analyse";
import type { TextEncoding } from "../imports/encoding";
import type { RowProblem } from "../imports/records";
import { INVALID_ENCODING, inspectFile, rowBatches, type ParseProblem } from "../imports/row-stream";
import type { ImportCounts } from "./import-jobs";
import type { ImportRequest } from "./import-types";

const KEEP_ERRORS = 1000;

export const emptyCounts = (): ImportCounts => ({ read: 0, imported: 0, skipped: 0, invalid: 0 });

export function problemsMessage(file: string, problems: RowProblem[], total: number): string {
  const p = problems[0];
  return p
    ? `${file}: ${total} problem(s); first at row ${p.row}, column ${p.column}: "${p.value}" (expected ${p.expected})`
    : `${file}: no problems`;
}

/** Keeps the first problems and counts the rest. */
export class ProblemLog {
  readonly kept: RowProblem[] = [];
  total = 0;
  add(ps: readonly RowProblem[]) {
    this.total += ps.length;
    for (const p of ps) if (this.kept.length < KEEP_ERRORS) this.kept.push(p);
  }
}

/** What the row should have had, for the parser's problems that reject a file; null for the ones it shrugs off. */
function parseProblemExpected(p: ParseProblem, encoding: TextEncoding): string | null {
  if (p.code === "MissingQuotes") return "a closing quote: the quoted field runs to the end of the file (truncated?)";
  if (p.code === INVALID_ENCODING)
    return encoding === "utf-8"
      ? "one encoding throughout the file (these bytes are not UTF-8; save the file as UTF-8)"
      : `valid ${encoding.toUpperCase()} text (save the file as UTF-8)`;
  return null;
}

/** Batches of data rows (the header and any preamble skipped); `firstRow` is the 1-based row number of rows[0]. */
export async function* dataRows(
  req: ImportRequest,
  analysis: Analysis,
  size: number,
  problems: ProblemLog,
): AsyncGenerator<{ rows: string[][]; firstRow: number }> {
  const info = await inspectFile(req.file);
  for await (const batch of rowBatches(req.file, info, {
    delimiter: analysis.delimiter,
    signal: req.signal,
    onProblem: (p) => {
      const expected = parseProblemExpected(p, info.encoding);
      if (expected) problems.add([{ row: p.row + 1, column: "(row)", value: "", expected }]);
    },
  })) {
    req.onProgress?.({
      phase: "parsing",
      bytesRead: batch.bytesRead,
      bytesTotal: size,
      rows: Math.max(0, batch.firstRowIndex - analysis.headerRow),
    });
    const skip = Math.max(0, analysis.headerRow + 1 - batch.firstRowIndex);
    if (skip >= batch.rows.length) continue;
    yield { rows: skip ? batch.rows.slice(skip) : batch.rows, firstRow: batch.firstRowIndex + skip + 1 };
  }
}

export function mismatch(cells: readonly string[], header: readonly string[], row: number): RowProblem | null {
  if (cells.length === header.length || cells.every((c) => c.trim() === "")) return null;
  // extra cells that are all empty (a trailing delimiter) are harmless
  if (cells.length > header.length && cells.slice(header.length).every((c) => c.trim() === "")) return null;
  return {
    row,
    column: "(row)",
    value: `${cells.length} cells`,
    expected: `${header.length} cells, as in the header row`,
  };
}
