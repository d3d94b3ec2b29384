import fs from "node:fs";
import Papa from "papaparse";
import { analyse, recordFor } from "../lib/imports/analyse";
for (const f of process.argv.slice(2)) {
  const text = fs.readFileSync(f, "utf8");
  const a = analyse(text.slice(0, 65536), f, {}, () => null);
  const rows = Papa.parse<string[]>(text, { delimiter: a.delimiter ?? "" }).data;
  const toRec = recordFor(a.kind!, a.format!, a.header, a.mapping);
  let ok = 0, bad = 0, skip = 0; const probs: unknown[] = [];
  for (let i = a.headerRow + 1; i < rows.length; i++) { const r = toRec(rows[i]!, i + 1); if (r.record) ok++; else if (r.problems.length) { bad++; probs.push(...r.problems); } else skip++; }
  console.log(f.split("/").pop(), a.kind, a.format, a.detection?.confidence, JSON.stringify(a.mapping), a.fileProblems.map(p=>p.message), { ok, bad, skip }, JSON.stringify(probs.slice(0, 3)));
}
