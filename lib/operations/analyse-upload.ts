import "server-only";
// The upload page's preview: what a file is (kind, format, columns), with any remembered column mapping for
// its header. Nothing is written.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { savedMapping } from "../data/import-jobs";
import { analyse, type Analysis, type Overrides } from "../imports/analyse";
import { inspectFile } from "../imports/row-stream";

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Analysis for the upload page's preview: nothing is written. */
export async function analyseUpload(
  file: string,
  fileName: string,
  overrides: Overrides,
): Promise<Analysis & { encoding: string; bytes: number }> {
  const info = await inspectFile(file);
  const saved = new Map<string, Awaited<ReturnType<typeof savedMapping>>>();
  // look up a remembered mapping for every kind the file could be, then analyse synchronously
  const probe = analyse(info.head, fileName, overrides, () => null);
  if (probe.kind && probe.signature)
    saved.set(`${probe.kind}|${probe.signature}`, await savedMapping(probe.kind, probe.signature));
  const a = analyse(info.head, fileName, overrides, (k, s) => saved.get(`${k}|${s}`) ?? null);
  return { ...a, encoding: info.encoding, bytes: info.bytes };
}
