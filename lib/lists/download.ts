// Downloads the list file from its publisher to disk: a conditional request, streamed with progress and
// hashed as it arrives, a size limit checked before and while reading, an idle timeout, and retries with
// back-off for failures that may pass (network, timeout, 5xx; never a 4xx). Node's own fetch (undici) does
// the HTTP; nothing here touches the database.
import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import {
  conditionalHeaders,
  describeFailure,
  isRetriable,
  retryDelayMs,
  sniffBody,
  type DownloadFailure,
  type Validators,
} from "./update-policy";

export class DownloadError extends Error {
  constructor(
    readonly failure: DownloadFailure,
    readonly url: string,
    readonly attempts: number,
  ) {
    super(`${url}: ${describeFailure(failure)}${attempts > 1 ? ` (after ${attempts} attempts)` : ""}`);
    this.name = "DownloadError";
  }
}

export type DownloadProgress = { bytesRead: number; bytesTotal: number | null; attempt: number };

export type DownloadRequest = {
  url: string;
  dest: string;
  format: "json" | "csv";
  previous: Validators | null;
  maxBytes: number;
  idleTimeoutMs: number;
  retries: number;
  onProgress?: (p: DownloadProgress) => void;
  onRetry?: (attempt: number, failure: DownloadFailure, delayMs: number) => void;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
};

export type DownloadResult =
  | { kind: "not-modified"; etag: string | null; lastModified: string | null }
  | {
      kind: "downloaded";
      bytes: number;
      sha256: string;
      etag: string | null;
      lastModified: string | null;
      contentType: string | null;
    };

class AttemptFailure extends Error {
  constructor(readonly failure: DownloadFailure) {
    super(describeFailure(failure));
  }
}

/** The innermost cause of a fetch failure ("ECONNREFUSED", "getaddrinfo ENOTFOUND host"), for one line. */
function networkCause(e: unknown): string {
  let c: unknown = e;
  while (c && typeof c === "object" && "cause" in c && (c as { cause?: unknown }).cause) c = c.cause;
  const err = c as { code?: string; message?: string };
  const msg = err?.message ?? String(c);
  return err?.code && !msg.includes(err.code) ? `${err.code}: ${msg}` : msg;
}

async function attempt(req: DownloadRequest, n: number): Promise<DownloadResult> {
  const fetchImpl = req.fetchImpl ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  let idle: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, req.idleTimeoutMs);
  };
  const onAbort = () => controller.abort();
  req.signal?.addEventListener("abort", onAbort);
  const fail = (e: unknown): never => {
    if (e instanceof AttemptFailure) throw e;
    if (timedOut) throw new AttemptFailure({ kind: "timeout", seconds: req.idleTimeoutMs / 1000 });
    if (req.signal?.aborted) throw e;
    throw new AttemptFailure({ kind: "network", cause: networkCause(e) });
  };
  arm();
  try {
    let res: Response;
    try {
      res = await fetchImpl(req.url, {
        headers: {
          accept: req.format === "json" ? "application/json" : "text/csv",
          ...conditionalHeaders(req.previous),
        },
        signal: controller.signal,
        redirect: "follow",
      });
    } catch (e) {
      return fail(e);
    }
    const etag = res.headers.get("etag");
    const lastModified = res.headers.get("last-modified");
    if (res.status === 304) {
      await res.body?.cancel().catch(() => {});
      return {
        kind: "not-modified",
        etag: etag ?? req.previous?.etag ?? null,
        lastModified: lastModified ?? req.previous?.lastModified ?? null,
      };
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new AttemptFailure({ kind: "http", status: res.status, statusText: res.statusText });
    }
    const declared = Number(res.headers.get("content-length") ?? NaN);
    // a body the server compresses arrives decoded: its declared length is not the length read
    const identity = !res.headers.get("content-encoding") || res.headers.get("content-encoding") === "identity";
    if (Number.isFinite(declared) && declared > req.maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new AttemptFailure({ kind: "too-large", bytes: declared, limit: req.maxBytes, declared: true });
    }
    const contentType = res.headers.get("content-type");
    const hash = createHash("sha256");
    const out = fs.createWriteStream(req.dest);
    // a write still in flight when the stream is destroyed (an abort, a size limit) reports an error: without a
    // listener it would be an uncaught exception in the server process; a real write failure is thrown below
    let writeError: Error | null = null;
    out.on("error", (e) => {
      writeError ??= e;
    });
    let bytes = 0;
    let head = "";
    try {
      if (!res.body) throw new AttemptFailure({ kind: "not-a-list", reason: "the publisher answered with no body" });
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        arm();
        bytes += chunk.byteLength;
        if (bytes > req.maxBytes) {
          controller.abort();
          throw new AttemptFailure({ kind: "too-large", bytes, limit: req.maxBytes, declared: false });
        }
        if (head.length < 512) head += Buffer.from(chunk.subarray(0, 512)).toString("utf8");
        hash.update(chunk);
        if (writeError) throw writeError;
        if (!out.write(chunk)) await once(out, "drain");
        req.onProgress?.({ bytesRead: bytes, bytesTotal: Number.isFinite(declared) ? declared : null, attempt: n });
      }
    } catch (e) {
      out.destroy();
      // the disk, not the publisher: no retry, and its own words
      if (e === writeError) throw e;
      // the connection closed before the declared length arrived: a cut-off body, whatever the socket says
      if (
        !(e instanceof AttemptFailure) &&
        !timedOut &&
        !req.signal?.aborted &&
        Number.isFinite(declared) &&
        bytes < declared
      )
        throw new AttemptFailure({ kind: "truncated", bytes, expected: declared });
      return fail(e);
    }
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (writeError) throw writeError;
    if (identity && Number.isFinite(declared) && bytes !== declared)
      throw new AttemptFailure({ kind: "truncated", bytes, expected: declared });
    const notList = sniffBody(head, contentType, req.format);
    if (notList) throw new AttemptFailure({ kind: "not-a-list", reason: notList });
    return { kind: "downloaded", bytes, sha256: hash.digest("hex"), etag, lastModified, contentType };
  } finally {
    clearTimeout(idle);
    req.signal?.removeEventListener("abort", onAbort);
  }
}

/** Downloads `url` to `dest`; throws DownloadError with the last failure when every attempt failed. */
export async function downloadList(req: DownloadRequest): Promise<DownloadResult> {
  const sleep = req.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let n = 1; ; n++) {
    try {
      return await attempt(req, n);
    } catch (e) {
      if (!(e instanceof AttemptFailure)) throw e;
      if (!isRetriable(e.failure) || n > req.retries) {
        fs.rmSync(req.dest, { force: true });
        throw new DownloadError(e.failure, req.url, n);
      }
      const delay = retryDelayMs(n + 1);
      req.onRetry?.(n + 1, e.failure, delay);
      await sleep(delay);
    }
  }
}
