// Finding 1 and 5 of issue 21: a page on another origin of the same site (another port, a sibling subdomain)
// must not be able to make a signed-in browser change data, and no route reads a body past its limit.
// Every POST/PUT/PATCH/DELETE export under app/api is built by mutation() (lib/http/mutation.ts); each is
// then posted to for real with a valid session cookie from a foreign origin.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { guardRequest, isGuarded } from "@/lib/http/mutation";
import { appOrigin, sessionCookie } from "./sessions";
import { suiteConfig } from "./database";
import { createUser } from "@/lib/operations/create-user";
import { createApiKey } from "@/lib/operations/create-api-key";

const root = path.resolve(import.meta.dirname, "../..");
function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? walk(path.join(dir, d.name)) : d.name === "route.ts" ? [path.join(dir, d.name)] : [],
    );
}
const routeFiles = walk(path.join(root, "app/api"));
const mutatingMethods = ["POST", "PUT", "PATCH", "DELETE"] as const;
type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
const params = Promise.resolve({ id: "no-such-id", jobId: "no-such-id", all: "x" });

/** [file, method, url] for every mutating export; the URL is the route's path with its parameters filled in. */
const mutating: [string, (typeof mutatingMethods)[number], string][] = [];
for (const file of routeFiles) {
  const src = fs.readFileSync(file, "utf8");
  const urlPath = path
    .relative(path.join(root, "app"), path.dirname(file))
    .replace(/\[\.\.\.all\]/, "sign-in/email")
    .replace(/\[(\w+)\]/g, "no-such-id");
  for (const m of mutatingMethods)
    if (new RegExp(`export (const|async function|function) ${m}\\b`).test(src)) mutating.push([file, m, `/${urlPath}`]);
}
const rel = (f: string) => path.relative(root, f);

const forgedUser = { name: "Mallory", email: "mallory@evil.example", role: "admin", password: "long-enough-password" };

describe(`forged same-site requests (${suiteConfig().provider})`, () => {
  let cookie = "";
  beforeAll(async () => {
    await createUser({
      name: "Guard Admin",
      email: "guard-admin@chokepoint.test",
      role: "admin",
      password: "guard-admin-password",
    });
    cookie = await sessionCookie("guard-admin@chokepoint.test", "guard-admin-password");
  });

  it("finds the mutating route handlers, and each is built by mutation()", async () => {
    expect(mutating.map(([f, m]) => `${m} ${rel(f)}`)).toEqual(
      expect.arrayContaining([
        "POST app/api/v1/users/route.ts",
        "POST app/api/v1/determinations/route.ts",
        "POST app/api/v1/screen/route.ts",
        "POST app/api/determinations/route.ts",
        "POST app/api/v1/imports/uploads/route.ts",
        "POST app/api/auth/[...all]/route.ts",
      ]),
    );
    expect(mutating.length).toBeGreaterThanOrEqual(8);
    for (const [file, m] of mutating) {
      const mod = (await import(file)) as Record<string, unknown>;
      expect(isGuarded(mod[m]), `${m} ${rel(file)} is not built by mutation()`).toBe(true);
    }
  });

  const port = Number(new URL(appOrigin()).port || 80);
  const foreign = [
    ["cross-origin", { origin: "https://evil.example" }],
    ["same-site, another port", { origin: `http://127.0.0.1:${port + 1}` }],
    ["same-site, another port (localhost)", { origin: `http://localhost:${port + 1}` }],
    ["no Origin, Sec-Fetch-Site: same-site", { "sec-fetch-site": "same-site" }],
    ["no Origin, Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    ["cookie with neither Origin nor Sec-Fetch-Site", {}],
  ] as const;

  for (const [file, m, url] of mutating)
    for (const [label, headers] of foreign)
      it(`${m} ${url}: 403 for a ${label} text/plain form with the admin's cookie`, async () => {
        const mod = (await import(file)) as Record<string, Handler>;
        const res = await mod[m]!(
          new Request(`${appOrigin()}${url}`, {
            method: m,
            headers: { cookie, "content-type": "text/plain;charset=UTF-8", ...headers },
            body: JSON.stringify(forgedUser),
          }),
          { params },
        );
        expect(res.status).toBe(403);
        expect((await res.json()).error.code).toBe("FORBIDDEN");
      });

  it("created no account from any forged request", async () => {
    expect(await db().user.count({ where: { email: forgedUser.email } })).toBe(0);
  });

  it("refuses a same-origin form body (text/plain) with 415: only JSON is parsed", async () => {
    const { POST } = await import("@/app/api/v1/users/route");
    const res = await POST(
      new Request(`${appOrigin()}/api/v1/users`, {
        method: "POST",
        headers: { cookie, origin: appOrigin(), "content-type": "text/plain" },
        body: JSON.stringify(forgedUser),
      }),
    );
    expect(res.status).toBe(415);
  });

  it("serves the app's own JSON requests: Origin, or Sec-Fetch-Site: same-origin, or an API key", async () => {
    const { POST } = await import("@/app/api/v1/users/route");
    const create = (email: string, headers: Record<string, string>) =>
      POST(
        new Request(`${appOrigin()}/api/v1/users`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ ...forgedUser, email, role: "analyst" }),
        }),
      );
    expect((await create("legit-1@chokepoint.test", { cookie, origin: appOrigin() })).status).toBe(201);
    expect((await create("legit-2@chokepoint.test", { cookie, "sec-fetch-site": "same-origin" })).status).toBe(201);
    const admin = await db().user.findUniqueOrThrow({
      where: { email: "guard-admin@chokepoint.test" },
      select: { id: true },
    });
    const { key } = await createApiKey(admin.id, "CLI", "admin");
    expect((await create("legit-3@chokepoint.test", { authorization: `Bearer ${key}` })).status).toBe(201);
  });
});

/** A body of `total` bytes made on demand, counting how much of it was actually pulled. */
function countingBody(total: number, chunk = 64 * 1024) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(c) {
        if (pulled >= total) return c.close();
        const n = Math.min(chunk, total - pulled);
        pulled += n;
        c.enqueue(new Uint8Array(n).fill(0x20));
      },
    },
    { highWaterMark: 0 },
  );
  return { body, pulled: () => pulled, chunk };
}

const chunked = (url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) =>
  new Request(`${appOrigin()}${url}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

describe(`body limits while streaming (${suiteConfig().provider})`, () => {
  it("an anonymous 32 MB chunked sign-in body gets 413 after at most 64 kB were read", async () => {
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const b = countingBody(32 * 1024 * 1024);
    const res = await POST(chunked("/api/auth/sign-in/email", b.body, { origin: appOrigin() }));
    expect(res.status).toBe(413);
    expect(b.pulled()).toBeLessThanOrEqual(64 * 1024 + 2 * b.chunk);
  });

  it("a signed-in chunked /api/screen body over 2 MB gets 413 after at most 2 MB were read", async () => {
    const user = await db().user.findUniqueOrThrow({
      where: { email: "compliance@chokepoint.demo" },
      select: { id: true },
    });
    const { key } = await createApiKey(user.id, "limits", "compliance");
    const { POST } = await import("@/app/api/v1/screen/route");
    const b = countingBody(32 * 1024 * 1024);
    const res = await POST(chunked("/api/screen", b.body, { authorization: `Bearer ${key}` }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toBe("The request body is over 2 MB.");
    expect(b.pulled()).toBeLessThanOrEqual(2 * 1024 * 1024 + 2 * b.chunk);
  });

  it("the guard hands every handler a body that errors at the limit, whatever reads it", async () => {
    const b = countingBody(8 * 1024 * 1024);
    const guarded = guardRequest(chunked("/api/x", b.body, {}), { body: "json", maxBytes: 100_000 });
    await expect(guarded.arrayBuffer()).rejects.toThrow("The request body is over 98 kB.");
    expect(b.pulled()).toBeLessThanOrEqual(100_000 + 2 * b.chunk);
  });

  it("a declared Content-Length over the limit is refused before a byte is read", async () => {
    const b = countingBody(8 * 1024 * 1024);
    const req = chunked("/api/x", b.body, { "content-length": String(8 * 1024 * 1024) });
    expect(() => guardRequest(req, { body: "json", maxBytes: 1024 })).toThrow("over 1 kB");
    expect(b.pulled()).toBe(0);
  });
});
