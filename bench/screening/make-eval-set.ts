// Writes bench/screening/eval-set.csv from the shipped list: `npm run bench:screening -- --make-eval-set`
// calls this too. Run it after the shipped list changes, and commit the result.
import fs from "node:fs";
import path from "node:path";
import { readShippedList } from "../../lib/lists/shipped-list";
import { buildEvalSet, toCsv } from "./eval-set";

export const evalSetFile = path.join(import.meta.dirname, "eval-set.csv");

const rows = buildEvalSet(readShippedList(path.resolve(import.meta.dirname, "../../data")).entries);
fs.writeFileSync(evalSetFile, toCsv(rows));
const byKind: Record<string, number> = {};
for (const r of rows) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
console.log(`${rows.length} rows written to ${path.relative(process.cwd(), evalSetFile)}`, byKind);
