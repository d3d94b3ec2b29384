// Shared helpers for the benchmarks: deterministic data, child-process measurements, target lines.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
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

/** The middle value (the mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error("median of no values");
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export type Spread = { median: number; min: number; max: number };

export function spread(xs: readonly number[]): Spread {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

/** "<median> (<min>..<max>)", each value written by `format`. */
export function formatSpread(s: Spread, format: (x: number) => string): string {
  return `${format(s.median)} (${format(s.min)}..${format(s.max)})`;
}

// Ratios against a baseline: a single run of each side misleads on a shared machine (the import ratio read
// 2.46x, 4.16x and 2.82x in three single runs of one day). So the two sides alternate (baseline, subject,
// baseline, subject ...) at least MIN_RUNS times each, every subject run is divided by the baseline run just
// before it (the pair shares whatever else the machine was doing), and the target is judged on the median of
// those ratios, printed with their spread.

export const MIN_RUNS = 3;

/** How many alternating pairs to run: BENCH_RUNS when given, never fewer than MIN_RUNS. */
export function runCount(requested: string | undefined = process.env.BENCH_RUNS, fallback = MIN_RUNS): number {
  const n = requested === undefined || requested === "" ? fallback : Number(requested);
  if (!Number.isInteger(n) || n < MIN_RUNS)
    throw new Error(
      `BENCH_RUNS must be a whole number of at least ${MIN_RUNS} (a median needs three), not "${requested}"`,
    );
  return n;
}

export type Side = "baseline" | "subject";

/** The order the runs go in: baseline first, then strictly alternating, `pairs` of each. */
export function alternationOrder(pairs: number): Side[] {
  return rotationOrder(pairs, 2).map((i) => (i === 0 ? "baseline" : "subject"));
}

/** Step indices for `rounds` rounds of `steps` steps each: 0, 1, ..., steps-1, 0, 1, ... */
export function rotationOrder(rounds: number, steps: number): number[] {
  if (!Number.isInteger(rounds) || rounds < MIN_RUNS)
    throw new Error(`a ratio needs at least ${MIN_RUNS} alternating runs of each side, not ${rounds}`);
  if (!Number.isInteger(steps) || steps < 2) throw new Error(`a rotation needs at least two steps, not ${steps}`);
  return Array.from({ length: rounds * steps }, (_, i) => i % steps);
}

/**
 * Runs the steps in rotation (see rotationOrder) and collects what each run returned, per step: for a chain of
 * baselines (raw read, parse, import), each measured between runs of its neighbours.
 */
export async function rotate<T>(rounds: number, steps: ((round: number) => T | Promise<T>)[]): Promise<T[][]> {
  const out: T[][] = steps.map(() => []);
  for (const i of rotationOrder(rounds, steps.length)) out[i]!.push(await steps[i]!(out[i]!.length));
  return out;
}

export type Alternated<B, S> = { baseline: B[]; subject: S[] };

/** Runs baseline and subject in alternation (see alternationOrder) and collects what each run returned. */
export async function alternate<B, S>(
  pairs: number,
  baseline: (run: number) => B | Promise<B>,
  subject: (run: number) => S | Promise<S>,
): Promise<Alternated<B, S>> {
  const [b, s] = await rotate<B | S>(pairs, [baseline, subject]);
  return { baseline: b as B[], subject: s as S[] };
}

/** Milliseconds one call of `f` takes. */
export function timeMs(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

export type Ratio = Spread & { runs: number; ratios: number[]; baseline: Spread; subject: Spread };

/**
 * subject[i] / baseline[i] for each alternating pair, and their median and spread. For durations this is how
 * many times slower the subject is; for rates (names/s) how many times faster.
 */
export function pairedRatio(baseline: readonly number[], subject: readonly number[]): Ratio {
  if (baseline.length !== subject.length)
    throw new Error(`unpaired runs: ${baseline.length} baseline, ${subject.length} subject`);
  if (baseline.length < MIN_RUNS) throw new Error(`a ratio needs at least ${MIN_RUNS} pairs, not ${baseline.length}`);
  const ratios = baseline.map((b, i) => subject[i]! / b);
  return { ...spread(ratios), runs: ratios.length, ratios, baseline: spread(baseline), subject: spread(subject) };
}

/** "2.82x (median of 3 alternating runs, 2.46x..4.16x)" */
export function formatRatio(r: Ratio, digits = 2): string {
  const x = (v: number) => `${v.toFixed(digits)}x`;
  return `${x(r.median)} (median of ${r.runs} alternating runs, ${x(r.min)}..${x(r.max)})`;
}

/** One target line; a short target makes the benchmark exit non-zero once it has printed everything. */
export function target(name: string, measured: string, goal: string, ok: boolean): string {
  if (!ok) process.exitCode = 1;
  return `target ${name}: ${measured} (goal ${goal}) ${ok ? "ok" : "short"}`;
}

/** A target on a ratio, judged on its median: at most `max` times the baseline (or, with "min", at least). */
export function ratioTarget(name: string, r: Ratio, bound: { max: number } | { min: number }, digits = 2): string {
  const ok = "max" in bound ? r.median <= bound.max : r.median >= bound.min;
  const goal = "max" in bound ? `median <= ${bound.max}x` : `median >= ${bound.min}x`;
  return target(name, formatRatio(r, digits), goal, ok);
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

/** A port nobody listens on now (other servers run on this machine: never measure someone else's). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The port a benchmark's server listens on: BENCH_PORT when given (a port assigned on a shared machine), else a free one. */
export async function serverPort(): Promise<number> {
  const given = process.env.BENCH_PORT;
  if (!given) return freePort();
  const port = Number(given);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`BENCH_PORT must be a port number, not "${given}"`);
  return port;
}
