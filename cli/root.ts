import path from "node:path";
import { fileURLToPath } from "node:url";
import { configuredRoot } from "@/lib/env";

/** The repository root: migrations, data/ and .data/ are found from here, not from the caller's cwd. */
export const projectRoot = configuredRoot() ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
