import "server-only";
// Request bodies are counted as they arrive and cut off at the route's limit: a chunked body declares no
// length, so checking Content-Length alone would let a 300 MB body be read whole before anyone looked at it.
import { AppError } from "../errors";

export function sizeLabel(bytes: number): string {
  return bytes >= 1048576 ? `${Math.round(bytes / 1048576)} MB` : `${Math.round(bytes / 1024)} kB`;
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError("TOO_LARGE", `The request body is over ${sizeLabel(maxBytes)}.`);
}

/** Refuses a declared Content-Length over the limit before a byte is read. */
export function checkDeclaredLength(request: Request, maxBytes: number): void {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge(maxBytes);
}

/**
 * The same bytes as `body`, erroring with TOO_LARGE (and cancelling the source, so the client's upload stops
 * being read) as soon as more than `maxBytes` have arrived.
 */
export function limitedStream(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  error: () => Error = () => tooLarge(maxBytes),
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let seen = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        seen += value.byteLength;
        if (seen > maxBytes) {
          const e = error();
          controller.error(e);
          await reader.cancel(e).catch(() => undefined);
          return;
        }
        controller.enqueue(value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** The whole body, at most `maxBytes` of it; TOO_LARGE as soon as it goes over (never read past the limit). */
export async function readLimitedBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  checkDeclaredLength(request, maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      const e = tooLarge(maxBytes);
      await reader.cancel(e).catch(() => undefined);
      throw e;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readLimitedBytes(request, maxBytes));
}
