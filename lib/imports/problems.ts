// A problem an import reports: one in a row and column (the value found and what was expected there), or one
// about the whole file (empty, unreadable, nothing in it to import), which has no value to show.
import type { RowProblem } from "./records";

export type FileProblem = { row: number | null; column: string | null; message: string };
export type ImportProblem = RowProblem | FileProblem;

export const isRowProblem = (p: ImportProblem): p is RowProblem => "expected" in p;

/**
 * One line of a problems CSV after the file name: row, column, value, what was expected (or what is wrong),
 * and the row's content as the file has it.
 */
export function problemCells(p: ImportProblem): [number | string, string, string, string, string] {
  return isRowProblem(p)
    ? [p.row, p.column, p.value, p.expected, p.content ?? ""]
    : [p.row ?? "", p.column ?? "", "", p.message, ""];
}

/** A problem as one line of text, as the CLI prints it. */
export function problemLine(p: ImportProblem): string {
  if (isRowProblem(p))
    return `row ${p.row}, column ${p.column}: "${p.value}": expected ${p.expected}${p.content ? ` (the row reads: ${p.content})` : ""}`;
  const where = [p.row ? `row ${p.row}` : "", p.column ? `column ${p.column}` : ""].filter(Boolean).join(", ");
  return where ? `${where}: ${p.message}` : p.message;
}

/** The line that says how many problems a capped list leaves out, or null when it is complete. */
export function moreProblemsLine(total: number, listed: number): string | null {
  return total > listed
    ? `… and ${total - listed} more problem(s) not listed: fix these and import the file again to see the rest`
    : null;
}

export const PROBLEMS_CSV_HEADER = ["file", "row", "column", "value", "expected", "row content"] as const;

/** The rows of a problems CSV: one per listed problem, and a last one saying how many are not listed. */
export function problemsCsvRows(
  fileName: string,
  problems: readonly ImportProblem[],
  total: number,
): (number | string)[][] {
  const more = moreProblemsLine(total, problems.length);
  return [...problems.map((p) => [fileName, ...problemCells(p)]), ...(more ? [[fileName, "", "", "", more, ""]] : [])];
}
