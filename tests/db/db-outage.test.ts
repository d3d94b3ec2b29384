import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { deployMigrations } from "@/lib/schema-engine/engine";
import { POST as screen } from "@/app/api/v1/screen/route";
import { GET as health } from "@/app/api/health/route";
import { suiteConfig } from "./database";
import { runImport } from "@/lib/operations/run-import";
import { createApiKey } from "@/lib/operations/create-api-key";

// PostgreSQL stopped in the middle of an import and between requests, then started again: a server of this
// file's own (the suite's server cannot be stopped under the other tests). Only in the PostgreSQL run: an
// embedded SQLite file cannot become unreachable.
const onPostgres = suiteConfig().provider === "postgresql";
// made in beforeAll, only in the PostgreSQL run; the server's own (pg-server.sh hands it to the postgres user when run as root)
let dir = "";
let pgDir = "";
let port = ""; // picked by pg-server.sh when first started; the restart keeps it
const url = () => `postgresql://postgres@127.0.0.1:${port}/outage`;
const actor = { id: null, email: "test@outage" };
const server = (cmd: "start" | "stop") => {
  const r = spawnSync("bash", ["scripts/pg-server.sh", cmd, pgDir, ...(port ? [port] : [])], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pg-server ${cmd}: ${r.stderr}`);
  if (cmd === "start" && !port) port = r.stdout.trim();
};
const savedUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  if (!onPostgres) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "outage-"));
  pgDir = fs.mkdtempSync(path.join(os.tmpdir(), "outage-pg-"));
  server("start");
  const c = spawnSync("psql", ["-q", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-c", "CREATE DATABASE outage"], {
    encoding: "utf8",
  });
  if (c.status !== 0) throw new Error(c.stderr);
  await deployMigrations(process.cwd(), parseDatabaseUrl(url()));
  await disconnectDb();
  process.env.DATABASE_URL = url();
}, 120_000);
afterAll(async () => {
  if (!onPostgres) return;
  await disconnectDb();
  process.env.DATABASE_URL = savedUrl;
  server("stop");
});
afterAll(() => {
  for (const d of [dir, pgDir]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

const write = (name: string, content: string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
};
const bom = (n: number) =>
  write(
    `bom-${n}.csv`,
    [
      "manufacturer,mpn,description,quantity,reference",
      ...Array.from({ length: n }, (_, i) => `Acme,P${i},Resistor ${i},1,R${i}`),
    ].join("\n") + "\n",
  );
const call = (key: string) =>
  screen(
    new Request("http://localhost/api/screen", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({ names: ["Outage Test Trading Ltd"], sources: ["internal"] }),
    }),
  );

describe.skipIf(!onPostgres)("PostgreSQL stopped and started again", () => {
  it("an import cut off mid-write fails clearly and leaves nothing; requests get a 503, not a hang; all works again after the restart", async () => {
    const user = await db().user.create({
      data: { id: "outage-user", email: "outage@test", name: "Outage", role: "compliance", emailVerified: true },
      select: { id: true },
    });
    const { key } = await createApiKey(user.id, "outage", "compliance");
    const list = await runImport({
      file: write("list.csv", "name,aliases,country,note\nOutage Test Trading Ltd,OTT,HK,test\n"),
      fileName: "list.csv",
      kind: "list",
      actor,
    });
    expect(list.status, list.message).toBe("imported");
    expect((await call(key)).status).toBe(200);

    // stop the server while a BOM import is writing its lines (its uncommitted rows are already on disk)
    const file = bom(200_000);
    const importing = runImport({ file, fileName: "big.csv", kind: "bom", actor }).then(
      (r) => ({ r }),
      (e: unknown) => ({ e }),
    );
    for (let i = 0; i < 2000; i++) {
      const [size] = await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT pg_total_relation_size('bom_line') AS n`);
      if (Number(size!.n) > 2 << 20) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    server("stop");
    const outcome = await importing;
    expect("e" in outcome, "the import finished before the server stopped").toBe(true);
    const error = (outcome as { e: unknown }).e;
    expect(isDatabaseUnavailable(error), String(error)).toBe(true);

    // while it is down: a clear 503 from the API and the health check
    const down = await call(key);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({
      error: {
        code: "DB_UNREACHABLE",
        message: "The database is unavailable or busy right now; nothing was changed. Try again in a moment.",
      },
    });
    expect(down.headers.get("retry-after")).toBe("5");
    expect((await health()).status).toBe(503);
    await expect(runImport({ file: bom(10), fileName: "small.csv", kind: "bom", actor })).rejects.toSatisfy(
      isDatabaseUnavailable,
    );

    server("start");
    expect((await health()).status).toBe(200);
    const up = await call(key);
    expect(up.status).toBe(200);
    expect((await up.json()).results[0].status).toBe("match");
    // nothing of the cut-off import is there; its job is marked failed by the next import, which succeeds
    expect(await db().bom.count()).toBe(0);
    expect(await db().bomLine.count()).toBe(0);
    const stuck = await db().importJob.findFirstOrThrow({ where: { fileName: "big.csv" } });
    const again = await runImport({ file, fileName: "big.csv", kind: "bom", actor });
    expect(again.status, again.message).toBe("imported");
    expect(await db().bomLine.count()).toBe(200_000);
    expect(await db().importJob.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({
      status: "failed",
      message: expect.stringMatching(/^interrupted/),
    });
  }, 120_000);
});
