// Text encoding of an uploaded file, from its first bytes: a byte-order mark decides; otherwise valid UTF-8
// is UTF-8, and anything else is read as Windows-1252 (what Excel on Windows writes).
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export function detectEncoding(head: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  // UTF-16 without a BOM: every other byte is zero in ASCII-heavy text.
  const sample = head.subarray(0, Math.min(head.length, 4096));
  let zeroEven = 0,
    zeroOdd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) zeroEven++;
    else zeroOdd++;
  }
  if (sample.length >= 8 && zeroOdd > sample.length * 0.3 && zeroEven < sample.length * 0.05)
    return { encoding: "utf-16le", bomLength: 0 };
  if (sample.length >= 8 && zeroEven > sample.length * 0.3 && zeroOdd < sample.length * 0.05)
    return { encoding: "utf-16be", bomLength: 0 };
  return { encoding: isValidUtf8(sample) ? "utf-8" : "windows-1252", bomLength: 0 };
}

/** Strict UTF-8 check that tolerates a multi-byte sequence cut off at the end of the sample. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * How many U+FFFD replacement characters the text holds: what a decoder puts in place of bytes it cannot read.
 * On clean text the cost is one search, many times faster than parsing the same text.
 */
export function countReplacementChars(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

/**
 * Binary junk (an image, a zip, an executable) rather than text: NUL bytes or many control characters in
 * the first bytes of a file that is not UTF-16.
 */
export function looksBinary(head: Uint8Array, encoding: TextEncoding): boolean {
  if (encoding.startsWith("utf-16")) return false;
  const sample = head.subarray(0, Math.min(head.length, 8192));
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}
