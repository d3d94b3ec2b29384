// What the server benchmarks (bench:load, bench:abuse) share: a fresh database set up by the CLI, the production
// server as `npm start` runs it (scripts/server.mjs) on a port of 127.0.0.1, waiting for its health check, its
// memory, and percentiles of what was measured against it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { outDir } from "./lib";

const root = path.resolve(import.meta.dirname, "..");

/** Migrates and seeds the database at `url` with the CLI, then points this process's lib/db at it. */
export function setUpDatabase(url: string): void {
  const setup = spawnSync(process.execPath, [path.join(root, "bin/chokepoint.mjs"), "db", "setup"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (setup.status !== 0) throw new Error(`db setup failed: ${setup.stderr}`);
  process.env.DATABASE_URL = url;
}

let serverStarts = 0;

/** The production server on 127.0.0.1:`port`, its stderr in bench/.out/<log>-<port>-<n>.log (one per start). */
export function startServer(url: string, port: number, log: string, env: Record<string, string> = {}): ChildProcess {
  const server = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  fs.mkdirSync(outDir, { recursive: true });
  const file = fs.createWriteStream(path.join(outDir, `${log}-${port}-${++serverStarts}.log`));
  server.stderr.on("data", (d: Buffer) => {
    file.write(d);
    if (process.env.BENCH_VERBOSE) process.stderr.write(d);
  });
  return server;
}

/** Resolves once GET /api/health on `port` answers 200; fails if the server exits first or `ms` pass. */
export async function waitForHealth(port: number, server: ChildProcess, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`the server exited (${server.exitCode ?? server.signalCode}) before answering`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server on port ${port} did not answer within ${ms / 1000} s`);
}

/** A process and its children: their resident memory together, in MB (0 once they are gone). */
export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  let kb = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      kb += Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      /* gone */
    }
    stack.push(...(children.get(p) ?? []));
  }
  return kb / 1024;
}

/** The p-th percentile of ascending `sorted` (NaN when empty). */
export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}
