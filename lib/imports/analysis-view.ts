// What the upload page is shown of an analysis: plain JSON, no functions.
import type { Analysis } from "./analyse";
import { importFormats, type ImportKind } from "./kinds";

export type AnalysisView = {
  uploadId: string;
  fileName: string;
  size: number;
  encoding: string;
  detection: Analysis["detection"];
  kind: ImportKind | null;
  format: string | null;
  formats: Record<string, readonly string[]>;
  header: string[];
  headerRow: number;
  fields: Analysis["fields"];
  mapping: Analysis["mapping"];
  mappingSource: Analysis["mappingSource"];
  notes: string[];
  fileProblems: Analysis["fileProblems"];
  preview: Analysis["preview"];
  previewProblems: Analysis["previewProblems"];
  previewSkipped: Analysis["previewSkipped"];
};

export function toAnalysisView(
  uploadId: string,
  fileName: string,
  a: Analysis & { encoding: string; bytes: number },
): AnalysisView {
  return {
    uploadId,
    fileName,
    size: a.bytes,
    encoding: a.encoding,
    detection: a.detection,
    kind: a.kind,
    format: a.format,
    formats: importFormats,
    header: a.header,
    headerRow: a.headerRow,
    fields: a.fields,
    mapping: a.mapping,
    mappingSource: a.mappingSource,
    notes: a.notes,
    fileProblems: a.fileProblems,
    preview: a.preview.slice(0, 10),
    previewProblems: a.previewProblems,
    previewSkipped: a.previewSkipped,
  };
}
