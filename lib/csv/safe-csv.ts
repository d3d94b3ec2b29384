// CSV for download, safe to open in a spreadsheet whatever its locale (OWASP CSV injection guidance):
// - a cell whose first non-blank character is = + - @ (or their full-width forms, which some spreadsheets
//   also read as formulas), or that starts with tab or CR, is prefixed with an apostrophe so it shows as text.
//   Spreadsheets skip leading blanks before a formula, so " =1+1" is as dangerous as "=1+1";
// - numbers stay numbers: a plain number such as -719352000 or -12.5 is written as it is (a prefix would turn
//   it into text), while "-1+2" is neutralised;
// - a cell is quoted whenever it holds a field separator of any common locale (comma, semicolon, tab), a
//   quote or a line break, so a spreadsheet set to semicolons cannot split "ACME;=1+2" into a formula cell.
const FORMULA_START = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;
const PLAIN_NUMBER = /^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/;
const NEEDS_QUOTES = /[",;\t\r\n]/;

export function neutraliseCell(value: unknown): string {
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  const s = value == null ? "" : String(value);
  if (PLAIN_NUMBER.test(s)) return s;
  return FORMULA_START.test(s) ? `'${s}` : s;
}

function quote(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toSafeCsvCell(value: unknown): string {
  return quote(neutraliseCell(value));
}

export function toSafeCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map(toSafeCsvCell).join(",")).join("\r\n") + "\r\n";
}
