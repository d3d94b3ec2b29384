// Shared helpers for the benchmarks: deterministic data, child-process measurements, target lines.
import { spawnSync } from "node:child_process";
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
