import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as screen } from "@/app/api/v1/screen/route";
import { POST as determinations } from "@/app/api/v1/determinations/route";
import { POST as createUserRoute } from "@/app/api/v1/users/route";
import { GET as auditPack } from "@/app/api/v1/audit/pack/route";
import { GET as exportDetermination } from "@/app/api/v1/determinations/[id]/export/route";
import { GET as importErrors } from "@/app/api/v1/imports/[jobId]/errors/route";
import { POST as upload } from "@/app/api/v1/imports/uploads/route";
import { POST as analyse } from "@/app/api/v1/imports/uploads/[id]/analyse/route";
import { POST as commit } from "@/app/api/v1/imports/uploads/[id]/commit/route";
import { POST as cancel } from "@/app/api/v1/imports/uploads/[id]/cancel/route";
import { GET as progress } from "@/app/api/v1/imports/uploads/[id]/progress/route";
import { bodiesFrom, fileCorpus, pathLike, random, wrongValues, type ApiCase, type FileCase } from "./bad-input-corpus";
import { importJobsNotRejected, tableCounts } from "./table-counts";
import { suiteConfig } from "./database";
import { createApiKey } from "@/lib/operations/create-api-key";

// Every malformed input gets a 4xx with a specific message (never a 5xx, never an unhandled rejection), and
// nothing of it reaches the data. Route handlers are called in-process, as Next.js calls them, with API keys.
const keys: Record<"compliance" | "admin", string> = { compliance: "", admin: "" };
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => {
  unhandled.push(e);
};
let outcomes = 0;

let before: Record<string, number>;
beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  for (const role of ["compliance", "admin"] as const) {
    const user = await db().user.create({
      data: { id: `bad-input-${role}`, email: `bad-input-${role}@test`, name: role, role, emailVerified: true },
      select: { id: true },
    });
    keys[role] = (await createApiKey(user.id, "bad input", role)).key;
  }
  before = { ...(await tableCounts()), jobs: await importJobsNotRejected() };
});
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
});

const bodyInit = (b: string | Buffer): BodyInit => (typeof b === "string" ? b : new Uint8Array(b));
const auth = (role: keyof typeof keys) => ({ authorization: `Bearer ${keys[role]}` });
const post = (url: string, c: ApiCase, role: keyof typeof keys) =>
  new Request(`http://localhost${url}`, {
    method: "POST",
    headers: { "content-type": c.contentType ?? "application/json", ...auth(role) },
    body: bodyInit(c.body),
  });
const get = (url: string, role: keyof typeof keys) => new Request(`http://localhost${url}`, { headers: auth(role) });
const params = <K extends string>(key: K, value: string) => ({
  params: Promise.resolve({ [key]: value } as Record<K, string>),
});

/** A 4xx whose JSON names what is wrong (not the bare "Internal error" of a bug). */
async function expectClientError(label: string, res: Response): Promise<string> {
  const text = await res.text();
  expect(res.status, `${label}: ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(res.status, `${label}: ${text.slice(0, 300)}`).toBeLessThan(500);
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  expect(body.error.message, label).not.toMatch(/internal error/i);
  expect(body.error.message.length, `${label}: "${body.error.message}"`).toBeGreaterThan(8);
  outcomes++;
  return body.error.message;
}

const screenCases = bodiesFrom(
  { names: ["Acme Trading"], sources: ["el"], limit: 5 },
  {
    names: [
      ...wrongValues,
      undefined,
      Array.from({ length: 5001 }, () => "x"),
      [{ name: "ok", country: "CHN" }],
      [{ name: "ok", country: 5 }],
      [{ name: "" }],
      [{ country: "CN" }],
      [{ name: "ok", address: "a".repeat(1001) }],
      ["x".repeat(501)],
    ],
    sources: [...wrongValues.filter((v) => v !== undefined), ["everything"], ...pathLike.map((p) => [p]), "el"],
    limit: [0, 51, 1.5, "5", -1, true, null, 1e9, [], {}],
  },
);

screenCases.push({ label: "wrong content type", body: JSON.stringify({ names: ["Acme"] }), contentType: "text/plain" });

const validLines = [{ description: "NVIDIA H100", quantity: 1 }];
const determinationCases = bodiesFrom(
  {
    lines: validLines,
    buyer: { name: "Acme", hqCountry: "CN" },
    destination: "CN",
    shipFrom: "US",
    date: "2024-06-01",
  },
  {
    destination: [null, 1, "", "C", "CHINA1", undefined, ...pathLike.filter((p) => p.length > 5), ["CN"], {}],
    buyer: [null, "Acme", 1, [], undefined, { name: "x".repeat(501) }, { hqCountry: "CHN" }, { partyId: 5 }],
    lines: [
      [],
      "x",
      1,
      [null],
      [{ quantity: -1 }],
      [{ quantity: 1.5 }],
      [{ quantity: "1" }],
      [{ unitPrice: -1 }],
      [{ unitPrice: 0.12345 }],
      [{ unitPrice: "12,50" }],
      [{ unitPrice: 1e-7 }],
      [{ countryOfOrigin: "USA" }],
      [{ usContentPct: 101 }],
      [{ description: "d".repeat(1001) }],
      [{ eccn: "e".repeat(41) }],
      [{ currency: "EURO" }],
      Array.from({ length: 100_001 }, () => ({})),
      [JSON.parse('{"a":'.repeat(100) + "1" + "}".repeat(100))],
    ],
    date: ["2024-13-01", "yesterday", 20240101, "2024-02-30", "../../etc/passwd", ""],
    shipFrom: ["USA", 1, "", null],
    bomId: [12, null, true, [], "some-bom"], // with lines as well: one or the other
  },
);

const userCases = bodiesFrom(
  { name: "New User", email: "new.user@example.com", role: "analyst", password: "long-enough-password" },
  {
    name: ["", " ", "x".repeat(121), 5, null, [], {}, undefined],
    email: ["not-an-email", "a@", "@b.c", "", 5, null, "x".repeat(300) + "@example.com", ...pathLike, undefined],
    role: ["god", "ADMIN", "", null, 1, ["admin"], undefined, "__proto__"],
    password: ["short", "", 123456789012, null, "p".repeat(201), undefined],
  },
);

describe(`bad input to the REST API (${suiteConfig().provider})`, () => {
  it(`POST /api/screen: ${screenCases.length} malformed bodies`, async () => {
    for (const c of screenCases)
      await expectClientError(`screen: ${c.label}`, await screen(post("/api/screen", c, "compliance")));
  });

  it(`POST /api/determinations: ${determinationCases.length} malformed bodies`, async () => {
    for (const c of determinationCases)
      await expectClientError(
        `determinations: ${c.label}`,
        await determinations(post("/api/determinations", c, "compliance")),
      );
    const missing = await expectClientError(
      "determinations: unknown bomId",
      await determinations(
        post(
          "/api/determinations",
          { label: "", body: JSON.stringify({ bomId: "../../etc/passwd", buyer: { name: "x" }, destination: "CN" }) },
          "compliance",
        ),
      ),
    );
    expect(missing).toBe("No such BOM.");
  });

  it(`POST /api/v1/users: ${userCases.length} malformed bodies`, async () => {
    for (const c of userCases)
      await expectClientError(`users: ${c.label}`, await createUserRoute(post("/api/v1/users", c, "admin")));
  });

  it("GET endpoints with path-like, huge and empty ids", async () => {
    const ids = [...pathLike, "", "x".repeat(10_000), "%00", "' OR 1=1 --", "\u202e", "null", "undefined", "__proto__"];
    for (const id of ids) {
      // PostgreSQL cannot even look up text with a NUL in it, and says so (SQLite looks it up and finds nothing)
      const nul = /^The request contains a NUL character|^No such (determination|import)\.$/;
      expect(
        await expectClientError(`export ${id}`, await exportDetermination(get("/x", "admin"), params("id", id))),
      ).toMatch(id.includes("\u0000") ? nul : /^No such determination\.$/);
      expect(
        await expectClientError(`errors ${id}`, await importErrors(get("/x", "admin"), params("jobId", id))),
      ).toMatch(id.includes("\u0000") ? nul : /^No such import\.$/);
      await expectClientError(
        `pack determination ${id}`,
        await auditPack(get(`/api/v1/audit/pack?determination=${encodeURIComponent(id)}`, "admin")),
      );
      await expectClientError(
        `pack party ${id}`,
        await auditPack(get(`/api/v1/audit/pack?party=${encodeURIComponent(id)}`, "admin")),
      );
      for (const [name, fn] of [
        ["analyse", analyse],
        ["commit", commit],
        ["cancel", cancel],
      ] as const) {
        await expectClientError(
          `${name} ${id}`,
          await fn(post(`/x`, { label: "", body: "{}" }, "admin"), params("id", id)),
        );
      }
      await expectClientError(`progress ${id}`, await progress(get("/x", "admin"), params("id", id)));
    }
    await expectClientError("pack with neither", await auditPack(get("/api/v1/audit/pack", "admin")));
    await expectClientError(
      "pack with both",
      await auditPack(get("/api/v1/audit/pack?party=a&determination=b", "admin")),
    );
  });
});

// ---- imports ------------------------------------------------------------------------------------------

const uploadRequest = (c: { fileName: string; content: Buffer }, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/imports/uploads", {
    method: "POST",
    headers: {
      "x-file-name": encodeURIComponent(c.fileName),
      "x-file-type": "text/csv",
      "content-length": String(c.content.length),
      ...auth("admin"),
      ...headers,
    },
    body: bodyInit(c.content),
  });

/** Upload, then (if the upload is accepted for analysis) commit and wait for the import's outcome. */
async function importThroughApi(
  c: FileCase,
): Promise<{ where: "upload" | "import"; message: string; status?: string }> {
  const res = await upload(uploadRequest(c));
  if (res.status !== 201) return { where: "upload", message: await expectClientError(`upload ${c.label}`, res) };
  const { uploadId } = (await res.json()) as { uploadId: string };
  const started = await commit(
    post("/x", { label: "", body: JSON.stringify(c.kind ? { kind: c.kind } : {}) }, "admin"),
    params("id", uploadId),
  );
  if (started.status !== 202)
    return { where: "import", message: await expectClientError(`commit ${c.label}`, started) };
  for (;;) {
    const p = (await (await progress(get("/x", "admin"), params("id", uploadId))).json()) as {
      result: { status: string; message: string } | null;
      error: string | null;
    };
    if (p.error) return { where: "import", status: "error", message: JSON.stringify(p.error) };
    if (p.result) return { where: "import", status: p.result.status, message: p.result.message };
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe(`bad input to the import endpoints (${suiteConfig().provider})`, () => {
  const files = fileCorpus(random(7));

  it(`${files.length} mutated sample files (real layouts) and broken JSON lists are each refused, naming the problem`, async () => {
    for (const c of files) {
      const r = await importThroughApi(c);
      if (process.env.CORPUS_DEBUG) {
        console.log(`OUTCOME ${r.where} ${r.status ?? "-"} | ${c.label} | ${r.message.slice(0, 120)}`);
        continue;
      }
      if (r.where === "import") {
        expect(r.status, `${c.label}: ${r.message}`).toBe("rejected");
        // the message names the file and what is wrong in it (a row and column, or the file-level reason)
        expect(
          r.message.startsWith(
            c.fileName
              .split(/[\\/]/)
              .pop()!
              .replace(/\u0000/g, "")
              .trim() || "upload.csv",
          ),
          `${c.label}: ${r.message}`,
        ).toBe(true);
        expect(r.message, c.label).toMatch(/row \d+|not |no |empty|expected|JSON|record|unreadable|cannot|encoding/i);
        outcomes++;
      }
    }
  }, 120_000);

  it("refuses bad upload requests: type, name, size, no body, bad choices", async () => {
    const csv = { fileName: "ok.csv", content: Buffer.from("manufacturer,mpn,description,quantity\nAcme,P1,Part,1\n") };
    const refused = async (label: string, req: Request) => expectClientError(label, await upload(req));
    expect(await refused("type image/png", uploadRequest(csv, { "x-file-type": "image/png" }))).toMatch(
      /cannot be imported/,
    );
    expect(await refused("type application/x-sh", uploadRequest(csv, { "x-file-type": "application/x-sh" }))).toMatch(
      /cannot be imported/,
    );
    for (const name of ["%E0%A4%A", "%", "%zz", "%00%ff%fe"])
      expect(await refused(`name ${name}`, uploadRequest(csv, { "x-file-name": name }))).toMatch(/file name/);
    expect(
      await refused("declared size over the limit", uploadRequest(csv, { "content-length": String(10 * 1024 ** 3) })),
    ).toMatch(/over the \d+ MB import limit/);
    expect(
      await refused(
        "no body",
        new Request("http://localhost/api/v1/imports/uploads", {
          method: "POST",
          headers: { "x-file-name": "a.csv", ...auth("admin") },
        }),
      ),
    ).toMatch(/no file/);
    // a good upload, then malformed choices for analyse and commit
    const res = await upload(uploadRequest(csv));
    expect(res.status).toBe(201);
    const { uploadId } = (await res.json()) as { uploadId: string };
    const choices = bodiesFrom(
      { kind: "bom" },
      {
        kind: ["evil", 1, null, [], ...pathLike],
        format: ["x".repeat(41), "csl-current", 5],
        mapping: [{ mpn: -1 }, { mpn: 1.5 }, { ["x".repeat(41)]: 1 }, "mpn=1", [1]],
        label: [5, "l".repeat(201), {}],
      },
    );
    // an empty body means "no choices": valid, so not part of this corpus
    for (const c of choices.filter((x) => x.label !== "empty body")) {
      await expectClientError(`analyse ${c.label}`, await analyse(post("/x", c, "admin"), params("id", uploadId)));
      await expectClientError(`commit ${c.label}`, await commit(post("/x", c, "admin"), params("id", uploadId)));
    }
  }, 60_000);

  it("changed no data, raised no unhandled rejection, and covered at least 500 inputs", async () => {
    expect({ ...(await tableCounts()), jobs: await importJobsNotRejected() }).toEqual(before);
    expect(unhandled).toEqual([]);
    expect(outcomes).toBeGreaterThanOrEqual(500);
  });
});
