import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dbConfig } from "@/lib/db";
import { hitsWithDecisions } from "@/lib/data/decisions";
import { latestRuns } from "@/lib/data/screening-runs";
import { isAppError } from "@/lib/errors";
import { tableCounts } from "./table-counts";
import { suiteConfig, useScratchDatabase } from "./database";
import { runImport, type ImportResult } from "@/lib/operations/run-import";
import { recordDecision } from "@/lib/operations/decide-hit";

// Faults: an import process killed half-way, two imports of one file at once, two decisions on one hit at
// once. A database of its own, so the counts before and after are exactly this file's.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "faults-"));
const actor = { id: null, email: "test@faults" };
useScratchDatabase({ beforeAll, afterAll });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
};

/** A template BOM of `n` lines (about 45 bytes each). */
function bigBom(name: string, n: number): string {
  const lines = ["manufacturer,mpn,description,quantity,reference"];
  for (let i = 0; i < n; i++) lines.push(`Acme,P${i},Resistor 10k 0402 number ${i},${(i % 9) + 1},R${i}`);
  return write(name, lines.join("\n") + "\n");
}

/**
 * A list of about 4,200 x `copies` entries in the current CSL layout: the team's fixture rows (invented, in the
 * real layout) repeated with distinct ids and names, so it runs the same on a fresh clone.
 */
function bigList(name: string, copies: number): string {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync("tests/fixtures/csl-current-layout.csv", "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  const all: Record<string, string>[] = [];
  for (let i = 0; i < 4200 * copies; i++) {
    const r = parsed.data[i % parsed.data.length]!;
    all.push({ ...r, _id: `${r._id}-${i}`, name: `${r.name} Number ${i}` });
  }
  return write(name, Papa.unparse(all, { quotes: true, columns: parsed.meta.fields }));
}

/** Bytes the import has physically written but not committed: SQLite's WAL file, or the table's size on PostgreSQL. */
async function uncommittedBytes(table: string): Promise<number> {
  const config = dbConfig();
  if (config.provider === "sqlite") {
    try {
      return fs.statSync(`${config.file}-wal`).size;
    } catch {
      return 0;
    }
  }
  const r = await db().$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT pg_total_relation_size('${table}') AS n`);
  return Number(r[0]!.n);
}

/** Starts the WAL afresh (SQLite), so its growth measures this import's uncommitted writes. */
function truncateWal(): void {
  const config = dbConfig();
  if (config.provider !== "sqlite") return;
  const conn = new Database(config.file, { timeout: 10_000 });
  try {
    conn.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    conn.close();
  }
}

type CliRun = {
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  pid: number;
};
function cliImport(kind: string, file: string): CliRun {
  const child = spawn(process.execPath, ["bin/chokepoint.mjs", "import", kind, file, "--json"], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "",
    stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { done, pid: child.pid! };
}

/**
 * Runs `chokepoint import` and SIGKILLs the process doing the import (named in its job row) once more than
 * `threshold` bytes of its transaction are on disk: the kill lands half-way through the write.
 */
async function killHalfWay(
  kind: string,
  file: string,
  table: string,
  threshold: number,
): Promise<{ jobId: string; killedPid: number; seenBytes: number }> {
  truncateWal();
  const base = await uncommittedBytes(table);
  const run = cliImport(kind, file);
  let finished = false;
  void run.done.then(() => {
    finished = true;
  });
  const deadline = Date.now() + 50_000;
  let job: { id: string; message: string | null } | null = null;
  let seen = 0;
  while (!finished && Date.now() < deadline) {
    job ??= await db().importJob.findFirst({
      where: { status: "running", fileName: path.basename(file) },
      select: { id: true, message: true },
    });
    seen = (await uncommittedBytes(table)) - base;
    if (job && seen > threshold) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  if (finished)
    throw new Error(
      `the import finished before it could be killed (make ${path.basename(file)} bigger): ${(await run.done).stdout}`,
    );
  const pid = Number(/process (\d+) on /.exec(job!.message ?? "")?.[1]);
  expect(pid).toBeGreaterThan(0);
  process.kill(pid, "SIGKILL");
  const exit = await run.done;
  expect(exit.code).not.toBe(0);
  return { jobId: job!.id, killedPid: pid, seenBytes: seen };
}

async function rerunSucceeds(kind: string, file: string, jobId: string): Promise<ImportResult> {
  const r = await runImport({ file, fileName: path.basename(file), kind: kind as "bom" | "list", actor });
  expect(r.status, r.message).toBe("imported");
  // the re-run noticed the dead job and marked it, so the history tells the truth
  const dead = await db().importJob.findUniqueOrThrow({ where: { id: jobId } });
  expect(dead).toMatchObject({
    status: "failed",
    message: "interrupted: the import process stopped before it finished; nothing was written",
  });
  expect(dead.finishedAt).not.toBeNull();
  return r;
}

describe(`an import killed half-way (${suiteConfig().provider})`, () => {
  it("a BOM import: no BOM and no lines of it are visible, the job shows failed, and a re-run imports it whole", async () => {
    const file = bigBom("killed-bom.csv", 300_000);
    const before = await tableCounts();
    const { jobId, seenBytes } = await killHalfWay("bom", file, "bom_line", 4 << 20);
    expect(seenBytes).toBeGreaterThan(4 << 20);
    expect(await tableCounts()).toEqual(before);
    expect(await db().bom.count({ where: { importJobId: jobId } })).toBe(0);
    expect(await db().rawRow.count({ where: { importJobId: jobId } })).toBe(0);
    const r = await rerunSucceeds("bom", file, jobId);
    expect(r.counts.imported).toBe(300_000);
    expect(await db().bomLine.count({ where: { bomId: r.version!.id } })).toBe(300_000);
    expect(await tableCounts()).toMatchObject({ boms: before.boms + 1, bomLines: before.bomLines + 300_000 });
  }, 120_000);

  it("a list import: no partial version or entries are visible, nothing became current, and a re-run imports it", async () => {
    const file = bigList("killed-list.csv", 10);
    const before = await tableCounts();
    const { jobId } = await killHalfWay("list", file, "listed_entry", 4 << 20);
    expect(await tableCounts()).toEqual(before);
    expect(await db().listVersion.count({ where: { importJobId: jobId } })).toBe(0);
    expect(await db().listVersion.count({ where: { status: "current" } })).toBe(0);
    const r = await rerunSucceeds("list", file, jobId);
    expect(r.counts.imported).toBe(4200 * 10);
    expect(await db().listVersion.findUniqueOrThrow({ where: { id: r.version!.id } })).toMatchObject({
      status: "current",
      entryCount: 4200 * 10,
    });
  }, 150_000);
});

describe(`two officers deciding one hit at once (${suiteConfig().provider})`, () => {
  it("one decision stands per round; the other gets a conflict; each winner's audit entry is kept", async () => {
    const officer = await db().user.create({
      data: { id: "fault-officer", email: "officer@faults", name: "Officer", role: "compliance", emailVerified: true },
      select: { id: true, email: true },
    });
    await runImport({
      file: write("parties.csv", "name,kind,country\nOrion Photonix Trading,customer,AE\n"),
      fileName: "parties.csv",
      kind: "parties",
      actor,
    });
    const list = await runImport({
      file: write("watch.csv", "name,aliases,country,note\nOrion Photonics Trading LLC,Orion Photonics,AE,watch\n"),
      fileName: "watch.csv",
      kind: "list",
      actor,
    });
    expect(list.status, list.message).toBe("imported");
    const [run] = await latestRuns(1);
    const hit = (await hitsWithDecisions(run!.id, new Date())).find((h) => h.partyName === "Orion Photonix Trading")!;
    expect(hit).toBeDefined();
    for (const round of [0, 1]) {
      const out = await Promise.allSettled([
        recordDecision(
          {
            matchId: hit.matchId,
            decision: "false-positive",
            confirmedClear: true,
            note: `round ${round}: different company`,
            expiresAt: null,
            expectedVersion: round,
          },
          officer,
        ),
        recordDecision(
          {
            matchId: hit.matchId,
            decision: "confirmed-match",
            note: `round ${round}: same company`,
            expiresAt: null,
            expectedVersion: round,
          },
          officer,
        ),
      ]);
      const won = out.filter((o) => o.status === "fulfilled");
      const lost = out.filter((o): o is PromiseRejectedResult => o.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(isAppError(lost[0]!.reason) && lost[0]!.reason.code).toBe("CONFLICT");
      expect((lost[0]!.reason as Error).message).toMatch(/Someone else decided this hit meanwhile/);
      expect(await db().complianceDecision.count({ where: { partyId: hit.partyId, supersededAt: null } })).toBe(1);
    }
    expect(await db().complianceDecision.count({ where: { partyId: hit.partyId } })).toBe(2);
    expect(await db().auditLog.count({ where: { action: "decision.recorded", entityId: hit.partyId } })).toBe(2);
  });
});

describe(`the same file imported twice at once (${suiteConfig().provider})`, () => {
  // An empty database of its own: what the tests above stored (a party the officers may have confirmed against
  // an internal list entry) would otherwise quarantine the lists these tests replace it with.
  useScratchDatabase({ beforeAll, afterAll });
  // One lands; the other says it is unchanged (the first finished already) or that it is being imported.
  const settle = async (runs: Promise<ImportResult>[]) => {
    const out = await Promise.allSettled(runs);
    const landed = out.filter((o) => o.status === "fulfilled" && o.value.status === "imported");
    const others = out.filter((o) => !(o.status === "fulfilled" && o.value.status === "imported"));
    expect(landed).toHaveLength(1);
    for (const o of others) {
      if (o.status === "fulfilled")
        expect(o.value).toMatchObject({
          status: "unchanged",
          message: expect.stringContaining("the same content was imported before"),
        });
      else {
        expect(isAppError(o.reason) && o.reason.code).toBe("CONFLICT");
        expect((o.reason as Error).message).toMatch(/the same file is already being imported \(job \w+/);
      }
    }
    return (landed[0] as PromiseFulfilledResult<ImportResult>).value;
  };

  it("a BOM: one BOM, one succeeded job", async () => {
    const file = bigBom("twice-bom.csv", 20_000);
    const before = await tableCounts();
    const r = await settle([0, 1, 2].map(() => runImport({ file, fileName: "twice-bom.csv", kind: "bom", actor })));
    expect(await tableCounts()).toMatchObject({ boms: before.boms + 1, bomLines: before.bomLines + 20_000 });
    const sha = (await db().importJob.findUniqueOrThrow({ where: { id: r.jobId! } })).fileSha256;
    expect(await db().importJob.count({ where: { fileSha256: sha, status: "succeeded" } })).toBe(1);
    expect(await db().importJob.count({ where: { fileSha256: sha, status: "running" } })).toBe(0);
  });

  it("two different lists, by two CLI processes: one becomes current, the other is told to import again", async () => {
    // (processes, as on a server's two instances; writes in one process while an import holds SQLite's lock
    // are the last test of this file)
    const list = (extra: string) => `name,aliases,country,note\nRace Base Ltd,,HK,\n${extra}\n`;
    const [ra, rb] = await Promise.all([
      cliImport("list", write("race-a.csv", list("Race A Holdings,,AE,"))).done,
      cliImport("list", write("race-b.csv", list("Race B Trading,,SG,"))).done,
    ]);
    const outs = [ra, rb].map(
      (x) => JSON.parse(x.stdout) as { status: string; message: string; version: { id: string } | null },
    );
    expect(await db().listVersion.count({ where: { listKind: "internal", status: "current" } })).toBe(1);
    const landed = outs.filter((o) => o.status === "imported");
    // the processes' own words, should neither land (a quarantine says why)
    expect(landed.length, JSON.stringify(outs.map((o) => [o.status, o.message]))).toBeGreaterThanOrEqual(1);
    for (const o of outs.filter((x) => x.status !== "imported"))
      expect(o).toMatchObject({
        status: "rejected",
        message: expect.stringMatching(/another list version became current while this one was being imported/),
      });
    const current = await db().listVersion.findFirstOrThrow({
      where: { listKind: "internal", status: "current" },
      select: { id: true },
    });
    expect(landed.map((o) => o.version!.id)).toContain(current.id);
  }, 60_000);

  it("a list, by two CLI processes: one new version", async () => {
    const file = write(
      "twice-list.csv",
      "name,aliases,country,note\nTwice Imported Trading Ltd,TITL,HK,test\nSecond Row Holdings,,AE,\n",
    );
    const versions = await db().listVersion.count();
    const [a, b] = await Promise.all([cliImport("list", file).done, cliImport("list", file).done]);
    expect(await db().listVersion.count()).toBe(versions + 1);
    // --json prints one object either way: a refusal is "rejected" with its reason
    const printed = [a, b].map((x) => JSON.parse(x.stdout) as { status: string; message: string });
    const outcomes = printed.map((o) => (o.status === "rejected" ? o.message : o.status));
    expect(
      outcomes.filter((o) => o === "imported"),
      JSON.stringify(printed),
    ).toHaveLength(1);
    expect(outcomes.find((o) => o !== "imported")).toMatch(/^unchanged$|the same file is already being imported/);
  }, 60_000);
});

describe.skipIf(suiteConfig().provider !== "postgresql")(
  "a bulk connection that dies between two writes (postgresql)",
  () => {
    it("fails the next write instead of waiting for it forever", async () => {
      const { bulkTransaction } = await import("@/lib/data/writes/bulk");
      const write = bulkTransaction(async (w) => {
        await w.execute(`CREATE TEMP TABLE "bulk_fault" ("a" text)`);
        await w.insert(
          "bulk_fault",
          ["a"],
          Array.from({ length: 300 }, (_, i) => [`row ${i}`]),
        ); // COPY
        // the server ends this connection (as when it is restarted) while the import prepares its next batch
        await db().$executeRawUnsafe(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'idle in transaction' AND query LIKE 'COPY "bulk_fault"%'`,
        );
        await new Promise((r) => setTimeout(r, 500)); // the client hears of it
        // a COPY on the dead connection: its rows are never sent, so the stream never drains
        await w.insert(
          "bulk_fault",
          ["a"],
          Array.from({ length: 5000 }, (_, i) => [`row ${i} `.repeat(20)]),
        );
      });
      await expect(write).rejects.toThrow(/connection|terminat/i);
    }, 30_000);
  },
);

describe(`writes while an import holds the write lock, in the same process (${suiteConfig().provider})`, () => {
  it("wait for the import without stopping the process (its rows keep flowing), then land", async () => {
    const { bulkTransaction } = await import("@/lib/data/writes/bulk");
    const mapping = (kind: string) => ({
      id: `lock-${kind}`,
      kind,
      headerSignature: "lock-test",
      headers: "[]",
      mapping: "{}",
      updatedAt: new Date(),
    });
    let finishImport!: () => void;
    const importMayFinish = new Promise<void>((r) => {
      finishImport = r;
    });
    let importHoldsLock!: () => void;
    const lockHeld = new Promise<void>((r) => {
      importHoldsLock = r;
    });
    const importing = bulkTransaction(async (w) => {
      const m = mapping("import");
      // on SQLite, the import's writer thread takes the write lock here and keeps it to the end of the file
      await w.execute(
        `INSERT INTO "column_mapping" ("id", "kind", "headerSignature", "headers", "mapping", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`,
        [m.id, m.kind, m.headerSignature, m.headers, m.mapping, m.updatedAt],
      );
      importHoldsLock();
      await importMayFinish; // the rest of the file: it needs this process's event loop to go on
    });
    await lockHeld;
    // an officer's write, plain and in a transaction, arrives meanwhile. On SQLite it used to busy-wait on the
    // main thread: the timer below could not fire, the import could not finish, and the write failed as busy
    const plain = db().columnMapping.create({ data: mapping("plain") });
    const inTransaction = db().$transaction([db().columnMapping.create({ data: mapping("transaction") })]);
    setTimeout(finishImport, 50);
    await importing;
    await Promise.all([plain, inTransaction]);
    const kinds = (
      await db().columnMapping.findMany({ where: { headerSignature: "lock-test" }, select: { kind: true } })
    ).map((m) => m.kind);
    expect(kinds.sort()).toEqual(["import", "plain", "transaction"]);
  }, 60_000);
});
