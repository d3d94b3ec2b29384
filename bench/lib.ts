// Shared helpers for the benchmarks: deterministic data, child-process measurements, target lines.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cliEnv, cliNodeArgs } from "../bin/runtime.mjs";

export const outDir = path.resolve(import.meta.dirname, ".out");

/** A small deterministic PRNG (LCG), so generated files are identical on every run. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x100000000;
}

export type Measured = { ms: number; maxRssMb: number; detail?: Record<string, unknown> };

/**
 * Runs `bench/<script>` in a fresh Node process (so its peak memory is its own) with the CLI's own runtime
 * settings (bin/runtime.mjs), and reads its JSON line.
 */
export function measureInChild(script: string, args: string[], env: Record<string, string> = {}): Measured {
  const r = spawnSync(
    process.execPath,
    [...cliNodeArgs, "--import", "tsx", path.join(import.meta.dirname, script), ...args],
    {
      cwd: path.resolve(import.meta.dirname, ".."),
      env: { ...process.env, ...cliEnv, ...env },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (r.status !== 0) throw new Error(`${script} ${args.join(" ")} failed:\n${r.stderr}\n${r.stdout}`);
  const line = r.stdout.trim().split("\n").pop()!;
  return JSON.parse(line) as Measured;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** One target line; a short target makes the benchmark exit non-zero once it has printed everything. */
export function target(name: string, measured: string, goal: string, ok: boolean): string {
  if (!ok) process.exitCode = 1;
  return `target ${name}: ${measured} (goal ${goal}) ${ok ? "ok" : "short"}`;
}

/** A target whose measurement is missing is short, never left out: it says why it was not measured. */
export function targetNotMeasured(name: string, goal: string, why: string): string {
  return target(name, `not measured (${why})`, goal, false);
}

export type BenchPostgres = { url: string | null; stop: () => void };

/**
 * A PostgreSQL database for a benchmark: BENCH_POSTGRES_URL when given; otherwise, unless `skipVar` is "0", a
 * throwaway server (scripts/pg-server.sh) with one database named `dbName`. `url` is null when none could be had.
 */
export function benchPostgres(dbName: string, skipVar: string): BenchPostgres {
  const given = process.env.BENCH_POSTGRES_URL;
  if (given) return { url: given, stop: () => {} };
  if (process.env[skipVar] === "0") return { url: null, stop: () => {} };
  const root = path.resolve(import.meta.dirname, "..");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${dbName}-pg-`));
  const stop = () => {
    spawnSync("bash", ["scripts/pg-server.sh", "stop", dir], { cwd: root, stdio: "inherit" });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const started = spawnSync("bash", ["scripts/pg-server.sh", "start", dir], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (started.status !== 0) return { url: null, stop };
  const port = started.stdout.trim();
  spawnSync("psql", ["-q", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-c", `CREATE DATABASE ${dbName}`], {
    stdio: "inherit",
  });
  return { url: `postgresql://postgres@127.0.0.1:${port}/${dbName}`, stop };
}
