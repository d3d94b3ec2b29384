import "server-only";
// Uploaded files wait here between upload and import. A file is stored under a random id in the data
// folder: the name the browser sent is kept as data, never used as a path. An upload belongs to the user who
// sent it: anyone else (admins too: no admin job needs another user's unimported file) is told it does not
// exist. Files are 0600 in a 0700 folder, readable by the server's user only.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { AppError } from "../errors";
import { DIR_MODE, FILE_MODE, uploadsDir } from "./permissions";

const ID = /^[0-9a-f-]{36}$/;
const STALE_MS = 24 * 3600 * 1000;

export type StoredUpload = {
  id: string;
  file: string;
  fileName: string;
  size: number;
  sha256: string;
  ownerId: string;
};

/** A display name: the last path segment, control characters removed, at most 200 characters. */
export function cleanFileName(raw: string | null): string {
  const base = (raw ?? "").split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return clean || "upload.csv";
}

export function uploadPath(id: string): string {
  if (!ID.test(id)) throw new AppError("NOT_FOUND", "No such upload.");
  return path.join(uploadsDir(), `${id}.upload`);
}

/** Streams a request body to disk, hashing as it goes, and stops at `maxBytes` without reading further. */
export async function storeUpload(
  body: ReadableStream<Uint8Array> | null,
  fileName: string,
  maxBytes: number,
  ownerId: string,
): Promise<StoredUpload> {
  if (!body) throw new AppError("INVALID_INPUT", "The upload had no file in it.");
  fs.mkdirSync(uploadsDir(), { recursive: true, mode: DIR_MODE });
  fs.chmodSync(uploadsDir(), DIR_MODE);
  removeStaleUploads();
  const id = randomUUID();
  const file = uploadPath(id);
  const hash = createHash("sha256");
  let size = 0;
  const out = fs.createWriteStream(file, { flags: "wx", mode: FILE_MODE });
  try {
    for await (const chunk of Readable.fromWeb(body as unknown as WebReadableStream<Uint8Array>)) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > maxBytes)
        throw new AppError("TOO_LARGE", `${fileName} is over the ${Math.round(maxBytes / 1048576)} MB import limit`);
      hash.update(buf);
      if (!out.write(buf)) await new Promise<void>((r) => out.once("drain", () => r()));
    }
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  } catch (e) {
    out.destroy();
    fs.rmSync(file, { force: true });
    throw e;
  }
  const sha256 = hash.digest("hex");
  fs.writeFileSync(`${file}.json`, JSON.stringify({ fileName, size, sha256, ownerId }), { mode: FILE_MODE });
  return { id, file, fileName, size, sha256, ownerId };
}

/** The upload `id` if `ownerId` sent it; otherwise NOT_FOUND, the same answer as for an id that never existed. */
export function getUpload(id: string, ownerId: string): StoredUpload {
  const file = uploadPath(id);
  const gone = () =>
    new AppError("NOT_FOUND", "That upload has expired or was already imported; upload the file again.");
  if (!fs.existsSync(file) || !fs.existsSync(`${file}.json`)) throw gone();
  const meta = JSON.parse(fs.readFileSync(`${file}.json`, "utf8")) as {
    fileName: string;
    size: number;
    sha256: string;
    ownerId?: string;
  };
  if (!meta.ownerId || meta.ownerId !== ownerId) throw gone(); // uploads from before owners were kept: nobody's
  return { id, file, fileName: meta.fileName, size: meta.size, sha256: meta.sha256, ownerId: meta.ownerId };
}

export function deleteUpload(id: string): void {
  const file = uploadPath(id);
  fs.rmSync(file, { force: true });
  fs.rmSync(`${file}.json`, { force: true });
}

function removeStaleUploads(): void {
  for (const name of fs.readdirSync(uploadsDir())) {
    const p = path.join(uploadsDir(), name);
    try {
      if (Date.now() - fs.statSync(p).mtimeMs > STALE_MS) fs.rmSync(p, { force: true });
    } catch {
      /* already gone */
    }
  }
}
