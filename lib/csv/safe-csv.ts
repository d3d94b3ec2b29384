// CSV for download, safe to open in a spreadsheet: a cell that starts with = + - @ tab or carriage return
// is prefixed with a quote so it is shown as text, never run as a formula (OWASP CSV injection guidance).
export function neutraliseCell(value: unknown): string {
  const s = value == null ? "" : String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toSafeCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map((c) => quote(neutraliseCell(c))).join(",")).join("\r\n") + "\r\n";
}
