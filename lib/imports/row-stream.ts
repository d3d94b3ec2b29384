// Streams a file's rows in batches, decoding its encoding and parsing with papaparse, with backpressure:
// the parser pauses while the consumer handles a batch, so memory stays flat whatever the file size.
import fs from "node:fs";
import { Transform, type Readable } from "node:stream";
import Papa from "papaparse";
import { countReplacementChars, detectEncoding, looksBinary, type TextEncoding } from "./encoding";
import { AppError } from "../errors";

export type RowBatch = { rows: string[][]; firstRowIndex: number; bytesRead: number };
export type StreamInfo = { encoding: TextEncoding; bytes: number; head: string; delimiter?: string };

/** A file that cannot be read as text at all: an expected refusal, said in one line. */
export class UnreadableFileError extends AppError {
  constructor(message: string) {
    super("INVALID_INPUT", message);
    this.name = "UnreadableFileError";
  }
}

// Bytes read (and so rows parsed) per batch. Small enough that a batch's rows die young (a batch in flight
// to the writer is what the garbage collector has to keep), large enough that per-batch costs stay small:
// on the 2,000,000-line benchmark BOM, 128 KiB batches import faster and peak lower than 1 MiB ones.
export const READ_CHUNK_BYTES = 128 * 1024;

export async function readHead(file: string, size = 65536): Promise<Uint8Array> {
  const fh = await fs.promises.open(file, "r");
  try {
    const buf = Buffer.alloc(size);
    const { bytesRead } = await fh.read(buf, 0, size, 0);
    return new Uint8Array(buf.buffer, buf.byteOffset, bytesRead);
  } finally {
    await fh.close();
  }
}

export async function inspectFile(file: string): Promise<StreamInfo> {
  const head = await readHead(file);
  const { encoding, bomLength } = detectEncoding(head);
  if (head.length === 0) throw new UnreadableFileError("the file is empty");
  if (looksBinary(head, encoding))
    throw new UnreadableFileError(
      "the file is not text (binary content such as an image, archive or spreadsheet); export it as CSV first",
    );
  const text = new TextDecoder(encoding).decode(head.subarray(bomLength));
  const { size } = await fs.promises.stat(file);
  return { encoding, bytes: size, head: text };
}

/** Decoded text of the file as a stream (a byte-order mark removed); `onText` sees each piece before the parser does. */
export function textStream(
  file: string,
  encoding: TextEncoding,
  onText: (text: string, bytes: number) => void,
): Readable {
  if (encoding === "utf-8") {
    // Node decodes UTF-8 itself (multi-byte characters split across chunks included); the byte-order mark
    // is removed from the first row by the caller
    const direct = fs.createReadStream(file, { highWaterMark: READ_CHUNK_BYTES, encoding: "utf8" });
    direct.on("data", (c) => onText(c as string, Buffer.byteLength(c))); // strings: the stream has an encoding
    return direct;
  }
  const raw = fs.createReadStream(file, { highWaterMark: READ_CHUNK_BYTES });
  const d = new TextDecoder(encoding);
  let first = true;
  const decode = new Transform({
    decodeStrings: true,
    transform(chunk: Buffer, _enc, cb) {
      let text = d.decode(chunk, { stream: true });
      if (first) {
        first = false;
        text = text.replace(/^\uFEFF/, "");
      }
      onText(text, chunk.length);
      cb(null, text);
    },
    flush(cb) {
      const rest = d.decode();
      onText(rest, 0);
      cb(null, rest);
    },
  });
  raw.on("error", (e) => decode.destroy(e));
  return raw.pipe(decode);
}

export type ParseProblem = { row: number; message: string; code: string };

/** Problem code for a row holding bytes the file's encoding cannot read (papaparse's own codes sit beside it). */
export const INVALID_ENCODING = "InvalidEncoding";

/** Indexes (within `rows`) of the rows holding U+FFFD, and how many U+FFFD they hold between them. */
export function rowsWithReplacementChars(rows: readonly (readonly string[])[]): { indexes: number[]; count: number } {
  const indexes: number[] = [];
  let count = 0;
  rows.forEach((cells, i) => {
    let inRow = 0;
    for (const cell of cells) inRow += countReplacementChars(cell);
    if (inRow) {
      indexes.push(i);
      count += inRow;
    }
  });
  return { indexes, count };
}

/**
 * Yields batches of rows (arrays of cells). Papaparse's own problems (an unterminated quote) are collected
 * with their row numbers; `delimiter` "" lets papaparse guess it from the first rows. Rows holding bytes the
 * encoding cannot read are reported as INVALID_ENCODING rather than imported with U+FFFD in their cells.
 */
export async function* rowBatches(
  file: string,
  info: StreamInfo,
  opts: { delimiter?: string; signal?: AbortSignal; onProblem?: (p: ParseProblem) => void } = {},
): AsyncGenerator<RowBatch> {
  let bytesRead = 0;
  // Encoding is detected from the first bytes only, so a UTF-8 file with a Windows-1252 byte further down
  // decodes that byte to U+FFFD (as do lone surrogates in UTF-16; Windows-1252 decodes every byte). U+FFFD
  // written as valid UTF-8 in the file is reported too: it is rare, and mostly an earlier mis-decoding saved
  // back. Counting them in the decoded text costs one search per chunk; rows are searched only while some
  // counted are not yet found in a row (a row can span chunks, so the count carries over).
  let unplaced = 0;
  const invalidMessage =
    info.encoding === "utf-8"
      ? "bytes that are not valid UTF-8 (the file mixes encodings: save it as UTF-8)"
      : `text that is not valid ${info.encoding.toUpperCase()} (save the file as UTF-8)`;
  const stream = textStream(file, info.encoding, (text, n) => {
    bytesRead += n;
    unplaced += countReplacementChars(text);
  });
  const queue: RowBatch[] = [];
  let done = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  let parserRef: Papa.Parser | null = null;
  let nextIndex = 0;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  Papa.parse<string[]>(stream as unknown as File, {
    delimiter: opts.delimiter ?? "",
    skipEmptyLines: false,
    chunk: (results, parser) => {
      parserRef = parser;
      for (const e of results.errors)
        opts.onProblem?.({ row: nextIndex + (e.row ?? 0), message: e.message, code: e.code });
      if (nextIndex === 0 && results.data[0]?.[0]?.charCodeAt(0) === 0xfeff)
        results.data[0][0] = results.data[0][0].slice(1);
      if (unplaced > 0) {
        const found = rowsWithReplacementChars(results.data);
        unplaced = Math.max(0, unplaced - found.count);
        for (const i of found.indexes)
          opts.onProblem?.({ row: nextIndex + i, message: invalidMessage, code: INVALID_ENCODING });
      }
      queue.push({ rows: results.data, firstRowIndex: nextIndex, bytesRead });
      nextIndex += results.data.length;
      // papaparse's pause stops its parser but not the stream feeding it, which would go on queueing the
      // rest of the file inside papaparse: pause the stream too
      parser.pause();
      stream.pause();
      notify();
    },
    complete: () => {
      done = true;
      notify();
    },
    error: (e: Error) => {
      failure = e;
      done = true;
      notify();
    },
  });
  stream.on("error", (e) => {
    failure = e;
    done = true;
    notify();
  });

  try {
    while (true) {
      if (opts.signal?.aborted) throw new DOMException("import cancelled", "AbortError");
      const batch = queue.shift();
      if (batch) {
        yield batch;
        if (queue.length === 0 && !done) {
          (parserRef as Papa.Parser | null)?.resume();
          stream.resume();
        }
        continue;
      }
      if (done) break;
      await new Promise<void>((r) => (wake = r));
    }
    if (failure) throw failure;
  } finally {
    if (!done) {
      (parserRef as Papa.Parser | null)?.abort();
      stream.destroy();
    }
  }
}
