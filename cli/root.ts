import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: migrations, data/ and .data/ are found from here, not from the caller's cwd. */
export const projectRoot =
  process.env.CHOKEPOINT_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
