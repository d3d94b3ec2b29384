// How the CLI's Node process runs: shared by bin/chokepoint.mjs and the benchmarks, so what is measured is
// what users run. Imports stream in bounded memory, so the CLI caps its heap (a regression that starts to
// hold a whole file fails loudly instead of swapping) and asks glibc for few malloc arenas, which keeps
// freed native memory (SQLite's, the parser's buffers) from piling up in per-thread arenas.
export const cliHeapMb = Number(process.env.CHOKEPOINT_CLI_HEAP_MB ?? 384);
export const cliNodeArgs = ["--conditions=react-server", `--max-old-space-size=${cliHeapMb}`];
export const cliEnv = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };
