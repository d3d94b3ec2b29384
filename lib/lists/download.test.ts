import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DownloadError, downloadList, type DownloadRequest } from "./download";

// A publisher on 127.0.0.1 whose answer each test scripts per path.
type Handler = (req: http.IncomingMessage, res: http.ServerResponse, hit: number) => void;
const routes = new Map<string, Handler>();
const hits = new Map<string, number>();
const seen = new Map<string, http.IncomingHttpHeaders[]>();
let server: http.Server;
let base = "";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "download-"));
const body = JSON.stringify([{ source: "Entity List (EL) - Bureau of Industry and Security", name: "Example Co" }]);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const n = (hits.get(req.url!) ?? 0) + 1;
    hits.set(req.url!, n);
    seen.set(req.url!, [...(seen.get(req.url!) ?? []), req.headers]);
    const h = routes.get(req.url!);
    if (h) h(req, res, n);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

const delays: number[] = [];
const request = (p: string, extra: Partial<DownloadRequest> = {}): DownloadRequest => ({
  url: `${base}${p}`,
  dest: path.join(dir, `${p.slice(1)}.json`),
  format: "json",
  previous: null,
  maxBytes: 1024 * 1024,
  idleTimeoutMs: 2000,
  retries: 2,
  sleep: async (ms) => void delays.push(ms),
  ...extra,
});
const failureOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof DownloadError) return { failure: e.failure, attempts: e.attempts, message: e.message };
    throw e;
  }
  throw new Error("expected the download to fail");
};

describe("downloadList against a local publisher", () => {
  it("streams the file to disk with its hash, size and validators, reporting progress", async () => {
    routes.set("/ok", (_req, res) => {
      res.writeHead(200, {
        "content-type": "application/json",
        etag: '"v1"',
        "last-modified": "Fri, 31 Jul 2026 13:15:00 GMT",
        "content-length": Buffer.byteLength(body),
      });
      res.end(body);
    });
    const progress: number[] = [];
    const r = await downloadList(request("/ok", { onProgress: (p) => progress.push(p.bytesRead) }));
    expect(r).toEqual({
      kind: "downloaded",
      bytes: Buffer.byteLength(body),
      sha256: createHash("sha256").update(body).digest("hex"),
      etag: '"v1"',
      lastModified: "Fri, 31 Jul 2026 13:15:00 GMT",
      contentType: "application/json",
    });
    expect(fs.readFileSync(path.join(dir, "ok.json"), "utf8")).toBe(body);
    expect(progress.at(-1)).toBe(Buffer.byteLength(body));
  });

  it("sends the stored validators and reads 304 as not modified", async () => {
    routes.set("/cond", (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else res.writeHead(200, { etag: '"v1"' }).end(body);
    });
    const r = await downloadList(
      request("/cond", { previous: { etag: '"v1"', lastModified: "Fri, 31 Jul 2026 13:15:00 GMT" } }),
    );
    expect(r).toEqual({ kind: "not-modified", etag: '"v1"', lastModified: "Fri, 31 Jul 2026 13:15:00 GMT" });
    expect(seen.get("/cond")![0]!["if-modified-since"]).toBe("Fri, 31 Jul 2026 13:15:00 GMT");
  });

  it("retries a 5xx with back-off, then succeeds", async () => {
    delays.length = 0;
    routes.set("/flaky", (_req, res, n) => (n < 3 ? res.writeHead(503).end("busy") : res.writeHead(200).end(body)));
    const r = await downloadList(request("/flaky"));
    expect(r.kind).toBe("downloaded");
    expect(hits.get("/flaky")).toBe(3);
    expect(delays).toEqual([1000, 2000]);
  });

  it("gives up on a 500 after its retries, naming the URL and the status", async () => {
    routes.set("/down", (_req, res) => res.writeHead(500, "Internal Server Error").end());
    const f = await failureOf(downloadList(request("/down")));
    expect(f).toEqual({
      failure: { kind: "http", status: 500, statusText: "Internal Server Error" },
      attempts: 3,
      message: `${base}/down: HTTP 500 Internal Server Error (after 3 attempts)`,
    });
    expect(fs.existsSync(path.join(dir, "down.json"))).toBe(false);
  });

  it("does not retry a 404", async () => {
    const f = await failureOf(downloadList(request("/missing")));
    expect(f.failure).toEqual({ kind: "http", status: 404, statusText: "Not Found" });
    expect(f.attempts).toBe(1);
    expect(hits.get("/missing")).toBe(1);
  });

  it("refuses a file declared over the limit before reading it, and one that grows past it while read", async () => {
    routes.set("/huge", (_req, res) => res.writeHead(200, { "content-length": 5000 }).end("x".repeat(5000)));
    const declared = await failureOf(downloadList(request("/huge", { maxBytes: 1000 })));
    expect(declared.failure).toEqual({ kind: "too-large", bytes: 5000, limit: 1000, declared: true });
    expect(declared.attempts).toBe(1);
    routes.set("/growing", (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      for (let i = 0; i < 10; i++) res.write("[".padEnd(500, " "));
      res.end("]");
    });
    const grown = await failureOf(downloadList(request("/growing", { maxBytes: 1000 })));
    expect(grown.failure).toMatchObject({ kind: "too-large", limit: 1000, declared: false });
  });

  it("reports a file it cannot write as that, without an uncaught stream error and without retrying", async () => {
    routes.set("/unwritable", (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(body));
    const dest = path.join(dir, "no-such-folder", "list.json");
    await expect(downloadList(request("/unwritable", { dest }))).rejects.toThrow(/ENOENT/);
    expect(hits.get("/unwritable")).toBe(1);
  });

  it("reports a body cut off before its declared length as truncated", async () => {
    routes.set("/cut", (req, res) => {
      res.writeHead(200, { "content-length": 1000, "content-type": "application/json" });
      res.write(body);
      setTimeout(() => req.socket.destroy(), 20);
    });
    const f = await failureOf(downloadList(request("/cut", { retries: 1 })));
    expect(f.failure).toEqual({ kind: "truncated", bytes: Buffer.byteLength(body), expected: 1000 });
    expect(f.attempts).toBe(2);
  });

  it("refuses an HTML page served with status 200, without retrying", async () => {
    routes.set("/html", (_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Maintenance</title>"),
    );
    const f = await failureOf(downloadList(request("/html")));
    expect(f.failure).toEqual({
      kind: "not-a-list",
      reason: "the publisher answered with an HTML page (text/html), not the list",
    });
    expect(f.attempts).toBe(1);
  });

  it("names the cause when the publisher cannot be reached, after retrying", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const f = await failureOf(downloadList({ ...request("/x"), url: `http://127.0.0.1:${port}/consolidated.json` }));
    expect(f.failure.kind).toBe("network");
    expect(f.message).toMatch(
      new RegExp(`^http://127.0.0.1:${port}/consolidated.json: .*ECONNREFUSED.* \\(after 3 attempts\\)$`),
    );
  });

  it("abandons an attempt when no byte arrives for the idle timeout", async () => {
    routes.set("/stall", (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("[");
    });
    const f = await failureOf(downloadList(request("/stall", { idleTimeoutMs: 200, retries: 0 })));
    expect(f.failure).toEqual({ kind: "timeout", seconds: 0.2 });
  });
});
