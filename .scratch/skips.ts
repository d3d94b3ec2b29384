import fs from "node:fs";
import Papa from "papaparse";
import { analyse, recordFor, rowContent } from "../lib/imports/analyse";
for (const f of process.argv.slice(2)) {
  const text = fs.readFileSync(f, "utf8");
  const a = analyse(text.slice(0, 65536), f, {}, () => null);
  const rows = Papa.parse<string[]>(text, { delimiter: a.delimiter ?? "" }).data;
  const toRec = recordFor(a.kind!, a.format!, a.header, a.mapping);
  for (let i = a.headerRow + 1; i < rows.length; i++) { const r = toRec(rows[i]!, i + 1); if (r.skipReason) console.log(f.split("/").pop(), i+1, r.skipReason, rowContent(rows[i]!).slice(0,120)); }
}
