// Reads the catalogue's team-compiled facts from data/reference (small, trusted files shipped with the product).
import path from "node:path";
import { readSmallCsv } from "../csv/read-small";
import { acceleratorParts, jetsonParts, type ReferencePart } from "../rules/reference-catalogue";

export const catalogueFiles = {
  accelerators: "reference/accelerators.csv",
  names: "reference/accelerator-names.csv",
  jetson: "reference/nvidia-jetson-eccn-origin.csv",
} as const;

const rows = (dataDir: string, file: string) => readSmallCsv(path.join(dataDir, file)).records.map((r) => r.values);

export function readReferenceCatalogue(dataDir: string): ReferencePart[] {
  return [
    ...acceleratorParts(rows(dataDir, catalogueFiles.accelerators), rows(dataDir, catalogueFiles.names)),
    ...jetsonParts(rows(dataDir, catalogueFiles.jetson)),
  ];
}

export function readAcceleratorFacts(dataDir: string) {
  return rows(dataDir, catalogueFiles.accelerators);
}
