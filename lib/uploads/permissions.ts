// Where uploads wait, and their permissions: files 0600 in a 0700 folder, readable by the server's user only.
// No "server-only" here: the start-up hook (instrumentation.ts) tightens the folder before any request.
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../env";

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;
export const uploadsDir = () => path.join(process.cwd(), DATA_DIR, "uploads");

/** Creates the uploads folder, or tightens an existing one and the files in it. */
export function secureUploadsDir(dir = uploadsDir()): void {
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  fs.chmodSync(dir, DIR_MODE); // mkdir's mode is masked by umask and ignored for a folder that already exists
  for (const name of fs.readdirSync(dir)) {
    try {
      fs.chmodSync(path.join(dir, name), FILE_MODE);
    } catch {
      /* removed meanwhile */
    }
  }
}
