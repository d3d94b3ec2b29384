import "server-only";
// Reading a BOM file without importing it (`chokepoint check-bom`).
import fs from "node:fs";
import { AppError } from "../errors";
import { recordFor } from "../imports/analyse";
import type { BomRecord, RowProblem } from "../imports/records";
import { dataRows, ProblemLog, problemsMessage } from "../data/import-stream";
import type { ImportRequest } from "../data/import-types";
import { maxUploadBytes } from "../env";
import { analyseUpload } from "./analyse-upload";

/**
 * A BOM file read and validated in memory, nothing written: for checking a BOM without importing it
 * (`chokepoint check-bom`). Any invalid row is reported like an import would report it.
 */
export async function readBomFile(
  file: string,
  fileName: string,
): Promise<{ records: BomRecord[]; problems: RowProblem[]; format: string | null; message: string | null }> {
  const { size } = await fs.promises.stat(file);
  if (size > maxUploadBytes()) throw new AppError("TOO_LARGE", `${fileName}: over the import size limit`);
  const analysis = await analyseUpload(file, fileName, { kind: "bom" });
  if (analysis.kind !== "bom" || !analysis.format || analysis.fileProblems.length) {
    const first = analysis.fileProblems[0];
    return {
      records: [],
      problems: [],
      format: analysis.format,
      message: `${fileName}: ${first?.message ?? "not readable as a bill of materials"}`,
    };
  }
  const problems = new ProblemLog();
  const records: BomRecord[] = [];
  const toRecord = recordFor("bom", analysis.format, analysis.header, analysis.mapping);
  const req = { file, fileName, actor: { id: null, email: null } } as ImportRequest;
  for await (const { rows, firstRow } of dataRows(req, analysis, size, problems)) {
    rows.forEach((cells, i) => {
      const { record, problems: ps } = toRecord(cells, firstRow + i);
      if (record) records.push(record as BomRecord);
      else problems.add(ps);
    });
  }
  return {
    records,
    problems: problems.kept,
    format: analysis.format,
    message: problems.total ? problemsMessage(fileName, problems.kept, problems.total) : null,
  };
}
