import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listUpdateConfig } from "@/lib/env";
import { cslJsonRecord, fictionalList, serveList, startPublisher, type Publisher } from "../fixtures/csl-publisher";
import { cliAsync } from "./cli-async";
import { suiteConfig, useScratchDatabase } from "./database";
import { updateLists } from "@/lib/operations/update-lists";
import { startPartyScreening } from "@/lib/operations/screen-parties";
import { decideQuarantined } from "@/lib/operations/decide-list-version";

// `lists update` against a publisher on 127.0.0.1, on a database of its own (these tests need to know exactly
// which list version is in force).
useScratchDatabase({ beforeAll, afterAll });
let publisher: Publisher;
beforeAll(async () => {
  publisher = await startPublisher();
});
afterAll(() => publisher.close());

const actor = { id: null, email: "test@lists-update" };
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const v1 = JSON.stringify(fictionalList(80));
const config = (over: Partial<ReturnType<typeof listUpdateConfig>> = {}) => ({
  ...listUpdateConfig({}),
  retries: 1,
  idleTimeoutMs: 5000,
  ...over,
});
const current = () =>
  db().listVersion.findFirst({ where: { listKind: "csl", status: "current" }, select: { id: true, entryCount: true } });

/** A port nothing listens on: one the system just handed out and took back. */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

const cli = cliAsync;

describe(`lists update from a local publisher (${suiteConfig().provider})`, () => {
  it("on first start (no list yet) downloads and imports the list, printing one JSON object with the source's validators and hash", async () => {
    publisher.routes.set("/v1/consolidated.json", serveList(v1, '"v1"'));
    const env = { DATABASE_URL: process.env.DATABASE_URL!, CHOKEPOINT_CSL_URL: publisher.url("/v1/consolidated.json") };
    const r = await cli(env, "lists", "update", "--first-start", "--json");
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      status: "imported",
      version: { type: "list-version" },
      counts: { read: 100, imported: 100, invalid: 0 },
      source: {
        url: publisher.url("/v1/consolidated.json"),
        etag: '"v1"',
        lastModified: "Fri, 31 Jul 2026 13:15:00 GMT",
        sha256: sha(v1),
        bytes: Buffer.byteLength(v1),
      },
    });
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    const v = await db().listVersion.findUniqueOrThrow({ where: { id: out.version.id } });
    expect(v).toMatchObject({
      status: "current",
      entryCount: 100,
      publishedOn: "2026-07-31",
      fileSha256: sha(v1),
      fileName: "consolidated.json",
    });
    const row = await db().listUpdate.findFirstOrThrow({ orderBy: { startedAt: "desc" } });
    expect(row).toMatchObject({
      trigger: "first-start",
      status: "imported",
      etag: '"v1"',
      sha256: sha(v1),
      listVersionId: out.version.id,
      publishedAt: "2026-07-31T13:15:00.000Z",
    });
  }, 60_000);

  it("on a later start, with a list loaded, does nothing and says nothing", async () => {
    const rows = await db().listUpdate.count();
    const env = { DATABASE_URL: process.env.DATABASE_URL!, CHOKEPOINT_CSL_URL: publisher.url("/v1/consolidated.json") };
    const r = await cli(env, "lists", "update", "--first-start");
    expect(r).toMatchObject({ status: 0, stdout: "" });
    expect(await db().listUpdate.count()).toBe(rows);
    expect(publisher.hits("/v1/consolidated.json")).toBe(1);
  }, 60_000);

  it("asks conditionally the next time and reports unchanged without importing again", async () => {
    const before = await db().listVersion.count();
    const r = await cli(
      { DATABASE_URL: process.env.DATABASE_URL! },
      "lists",
      "update",
      "--url",
      publisher.url("/v1/consolidated.json"),
      "--json",
    );
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: "unchanged",
      counts: { read: 0 },
      source: { etag: '"v1"', sha256: null },
    });
    expect(publisher.headers("/v1/consolidated.json").at(-1)!["if-none-match"]).toBe('"v1"');
    expect(await db().listVersion.count()).toBe(before);
  }, 60_000);

  it("offline: one line naming the URL and the cause, exit 1, nothing changed", async () => {
    const serving = await current();
    const port = await closedPort();
    const r = await cli(
      {
        DATABASE_URL: process.env.DATABASE_URL!,
        CHOKEPOINT_CSL_URL: `http://127.0.0.1:${port}/consolidated.json`,
        CHOKEPOINT_CSL_RETRIES: "0",
      },
      "lists",
      "update",
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.split("\n").filter((l) => l && !l.startsWith("lists update: "));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^chokepoint: lists update failed: http://127\\.0\\.0\\.1:${port}/consolidated\\.json: .*ECONNREFUSED`,
        ),
      ),
    ]);
    expect(await current()).toEqual(serving);
    expect(await db().listUpdate.findFirstOrThrow({ orderBy: { startedAt: "desc" } })).toMatchObject({
      status: "failed",
      etag: null,
    });
  }, 60_000);

  it("reports the last update and the list's freshness: confirmed current now, stale once older than the maximum age", async () => {
    const { listUpdateStatus, listFreshnessAt } = await import("@/lib/data/list-update-status");
    const s = await listUpdateStatus();
    expect(s.last).toMatchObject({ status: "failed", trigger: "cli" });
    const v = (await current())!;
    const confirmed = await db().listUpdate.findFirstOrThrow({
      where: { listVersionId: v.id, status: "unchanged" },
      orderBy: { finishedAt: "desc" },
    });
    expect(s.freshness).toMatchObject({ stale: false, asOf: confirmed.finishedAt!.toISOString(), maxAgeDays: 7 });
    const later = new Date(confirmed.finishedAt!.getTime() + 7 * 86_400_000 + 1000);
    expect(await listFreshnessAt(v.id, later, 7)).toMatchObject({ stale: true, ageDays: 7 });
    const { GET } = await import("@/app/api/health/route");
    expect(await (await GET()).json()).toMatchObject({
      status: "ok",
      lists: {
        lastUpdate: { status: "failed", trigger: "cli", error: expect.stringContaining("ECONNREFUSED") },
        stale: false,
      },
    });
  });

  it("downloads the CSV form too (--format csv), through the same import path", async () => {
    const columns = Object.keys(fictionalList(1)[0]!).map((k) => (k === "id" ? "_id" : k));
    const cell = (v: unknown) =>
      Array.isArray(v)
        ? v
            .map((x) => (typeof x === "object" && x ? [x.address, x.city, x.country].filter(Boolean).join(", ") : x))
            .join("; ")
        : (v ?? "");
    const csv = Papa.unparse(
      fictionalList(80).map((r) => columns.map((c) => cell(r[c === "_id" ? "id" : c]))),
      { quotes: true, header: false },
    );
    const body = `${columns.map((c) => `"${c}"`).join(",")}\r\n${csv}\r\n`;
    publisher.routes.set("/v1/consolidated.csv", (_q, res) =>
      res.writeHead(200, { "content-type": "text/csv" }).end(body),
    );
    const r = await cli(
      { DATABASE_URL: process.env.DATABASE_URL! },
      "lists",
      "update",
      "--url",
      publisher.url("/v1/consolidated.csv"),
      "--format",
      "csv",
      "--json",
    );
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      status: "imported",
      counts: { read: 100, imported: 100, invalid: 0 },
      source: { sha256: sha(body) },
    });
    // the same entries as the JSON form: a new version, nothing added or removed
    expect(out.message).toMatch(/\(0 added, 0 removed, 0 changed\)/);
  }, 60_000);

  const badInput: [
    string,
    string,
    (p: Publisher, path: string) => void,
    Partial<ReturnType<typeof listUpdateConfig>>,
    RegExp,
  ][] = [
    [
      "an HTML page served as 200",
      "rejected",
      (p, u) =>
        p.routes.set(u, (_q, res) =>
          res.writeHead(200, { "content-type": "text/html" }).end("<!DOCTYPE html><p>Down for maintenance</p>"),
        ),
      {},
      /HTML page \(text\/html\), not the list/,
    ],
    ["a 404", "failed", () => {}, {}, /HTTP 404 Not Found$/],
    [
      "a 500 (retried)",
      "failed",
      (p, u) => p.routes.set(u, (_q, res) => res.writeHead(500, "Internal Server Error").end()),
      {},
      /HTTP 500 Internal Server Error \(after 2 attempts\)$/,
    ],
    [
      "a truncated body",
      "rejected",
      (p, u) =>
        p.routes.set(u, (q, res) => {
          res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(v1) });
          res.write(Buffer.from(v1).subarray(0, 2000));
          setTimeout(() => q.socket.destroy(), 20);
        }),
      {},
      new RegExp(`the body ended after 2000 of ${Buffer.byteLength(v1)} bytes \\(truncated\\)`),
    ],
    [
      "a truncated body without a declared length",
      "rejected",
      (p, u) =>
        p.routes.set(u, (_q, res) => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(v1.slice(0, 2000));
        }),
      {},
      /not valid JSON/,
    ],
    [
      "a file 10x the usual size",
      "rejected",
      (p, u) =>
        p.routes.set(u, (_q, res) =>
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(fictionalList(800))),
        ),
      { maxBytes: 2 * Buffer.byteLength(v1) },
      /grew past .* MB, over the .* MB limit \(CHOKEPOINT_CSL_MAX_MB\)/,
    ],
  ];
  it.each(badInput)(
    "bad input: %s is %s with the reason, and the version in force keeps serving",
    async (_label, status, serve, over, reason) => {
      const u = `/bad/${badInput.findIndex((b) => b[0] === _label)}.json`;
      serve(publisher, u);
      const serving = await current();
      const r = await updateLists({ trigger: "cli", actor, url: publisher.url(u), config: config(over) });
      expect(r.status).toBe(status);
      expect(r.message).toMatch(reason);
      expect(r.message.startsWith(publisher.url(u))).toBe(true);
      expect(await current()).toEqual(serving);
      expect(await db().listUpdate.findUniqueOrThrow({ where: { id: r.updateId! } })).toMatchObject({
        status,
        message: r.message,
        phase: "done",
      });
    },
    60_000,
  );

  it("bad input: a list with a renamed column is quarantined with the reason", async () => {
    const renamed = JSON.stringify(
      fictionalList(80).map(({ alt_names, ...rest }) => ({ ...rest, aliases: alt_names })),
    );
    publisher.routes.set("/renamed.json", serveList(renamed, '"renamed"'));
    const serving = await current();
    const r = await updateLists({ trigger: "cli", actor, url: publisher.url("/renamed.json"), config: config() });
    expect(r).toMatchObject({ status: "quarantined", quarantineReasons: ["columns missing or renamed: alt_names"] });
    expect(await current()).toEqual(serving);
  }, 60_000);

  it("runs one update at a time: a second one at once is told another is running", async () => {
    publisher.routes.set("/slow.json", (_q, res) => setTimeout(() => serveList(v1, '"v1"')(_q, res, 1), 500));
    const [a, b] = await Promise.all([
      updateLists({ trigger: "schedule", actor, url: publisher.url("/slow.json"), config: config() }),
      new Promise((r) => setTimeout(r, 100)).then(() =>
        updateLists({ trigger: "cli", actor, url: publisher.url("/slow.json"), config: config() }),
      ),
    ]);
    expect(a.status).toBe("unchanged"); // the same content as v1: found by its hash, not imported again
    expect(b).toMatchObject({
      status: "failed",
      message: expect.stringContaining("another list update is running (schedule, since "),
    });
    expect(await db().lease.count()).toBe(0);
  }, 60_000);

  it("the schedule runs only when due", async () => {
    const r = await updateLists({
      trigger: "schedule",
      actor,
      url: publisher.url("/v1/consolidated.json"),
      config: config({ everyHours: 24 }),
      onlyIfDue: true,
    });
    expect(r.message).toBe("not due yet");
    expect(r.updateId).toBeNull();
  });

  it("quarantines a version that removes an entry a stored party matches, naming the party, whatever the share; approving needs a reason", async () => {
    await db().party.create({
      data: { kind: "customer", name: "Fictional Trading Company Number 7 Ltd", country: "RU" },
    });
    const { done } = await startPartyScreening({ trigger: "manual", actor });
    await done;
    // one of 100 entries goes: 1 %, under the 5 % gate, and a name and alias on another entry change
    const list = fictionalList(80).filter((r) => r.name !== "Fictional Trading Company Number 7 Limited");
    list.push(
      cslJsonRecord({
        name: "Fictional Trading Company Number 81 Limited",
        addresses: [["81 Example Road", "Dubai", "AE"]],
      }),
    );
    publisher.routes.set("/v2.json", serveList(JSON.stringify(list), '"v2"'));
    const serving = await current();
    const r = await updateLists({ trigger: "schedule", actor, url: publisher.url("/v2.json"), config: config() });
    expect(r.status).toBe("quarantined");
    expect(r.quarantineReasons).toEqual([
      'touches your party "Fictional Trading Company Number 7 Ltd": removes the entry "Fictional Trading Company Number 7 Limited" [EL] (open hit)',
    ]);
    expect(await current()).toEqual(serving);
    const admin = await db().user.create({
      data: { id: "lists-admin", email: "lists-admin@test", name: "Admin", role: "admin", emailVerified: true },
      select: { id: true, email: true },
    });
    await expect(decideQuarantined(r.version!.id, "approve", admin, "ok")).rejects.toThrow(
      "Approving a quarantined list version needs a reason (at least 10 characters)",
    );
    expect((await db().listVersion.findUniqueOrThrow({ where: { id: r.version!.id } })).status).toBe("quarantined");
    await decideQuarantined(r.version!.id, "approve", admin, "BIS removed the entry in 91 FR 20002");
    expect((await current())!.id).toBe(r.version!.id);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "list-version.approved", entityId: r.version!.id },
    });
    expect(audit.after).toEqual({ status: "current", reason: "BIS removed the entry in 91 FR 20002" });
    expect((audit.before as { quarantineReason: string }).quarantineReason).toContain(
      "Fictional Trading Company Number 7 Ltd",
    );
  }, 60_000);
});

// The 2026-07-31 list at its real size (25,921 records, 3,420 Entity List rows), rebuilt in the official JSON
// layout in memory from the compacted copy in ../shared (never written into the repository).
const compact = path.resolve("../shared/reference/sourcing/csl/csl-2026-07-31-compact.json");
const haveShared = fs.existsSync(compact);
if (!haveShared) console.log(`skipped: the real-size lists update test needs ${compact} (absent)`);
describe.skipIf(!haveShared)(`lists update of the real 2026-07-31 list (${suiteConfig().provider})`, () => {
  it("imports 25,921 records with 3,420 Entity List rows", async () => {
    type Compact = {
      tables: {
        sources: string[];
        licenceRequirements: string[];
        licencePolicies: string[];
        programmes: string[];
        urls: string[];
      };
      entries: {
        n: string;
        a?: string[];
        s: number;
        t?: string;
        c?: string[];
        e?: string;
        lr?: number;
        lp?: number;
        pg?: number;
        fr?: string;
        u?: number;
      }[];
    };
    const data = JSON.parse(fs.readFileSync(compact, "utf8")) as Compact;
    const t = data.tables;
    const records = data.entries.map((e) => ({
      ...cslJsonRecord({
        name: e.n,
        source: t.sources[e.s]!,
        alt_names: e.a ?? [],
        addresses: (e.c ?? []).map((c) => ["", "", c] as [string, string, string]),
      }),
      type: e.t ?? null,
      entity_number: e.e ?? null,
      programs: e.pg !== undefined ? [t.programmes[e.pg]] : [],
      federal_register_notice: e.fr ?? null,
      license_requirement: e.lr !== undefined ? t.licenceRequirements[e.lr] : null,
      license_policy: e.lp !== undefined ? t.licencePolicies[e.lp] : null,
      source_list_url: e.u !== undefined ? t.urls[e.u] : null,
      start_date: null,
    }));
    const body = JSON.stringify({ results: records });
    publisher.routes.set("/real.json", serveList(body, '"real"'));
    const r = await updateLists({ trigger: "cli", actor, url: publisher.url("/real.json"), config: config() });
    expect(r.counts).toMatchObject({ read: 25_921, invalid: 0 });
    const v = await db().listVersion.findUniqueOrThrow({
      where: { id: r.version!.id },
      select: { sourceCounts: true, entryCount: true },
    });
    expect((v.sourceCounts as Record<string, number>).EL).toBe(3420);
    expect(v.entryCount).toBe(25_921);
    // every source grows against the fictional list in force, and the entry the stored party matched had gone already
    expect(r).toMatchObject({ status: "imported", quarantineReasons: [] });
  }, 300_000);
});
