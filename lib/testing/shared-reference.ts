// Third-party files (copies of other repositories' CSL files and BOM exports) live beside the repository in
// ../shared/reference, never in it. Tests and benchmarks that need them find them here, and say plainly that
// they skipped when the folder is absent (a fresh clone): `describe.skipIf(!shared.has(...))`.
import fs from "node:fs";
import path from "node:path";

export const sharedReferenceDir = path.resolve(import.meta.dirname, "../../../shared/reference");

/** The absolute path of a file under ../shared/reference. */
export const sharedFile = (relative: string) => path.join(sharedReferenceDir, relative);

/** Whether every named file is there; if not, prints why the caller skips (once per caller). */
export function hasShared(what: string, ...relatives: string[]): boolean {
  const missing = relatives.filter((r) => !fs.existsSync(sharedFile(r)));
  if (missing.length)
    console.log(
      `skipped: ${what}: needs ${missing.map((m) => `../shared/reference/${m}`).join(", ")}, which is absent`,
    );
  return missing.length === 0;
}
