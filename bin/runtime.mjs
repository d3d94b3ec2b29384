// How the CLI's Node process runs: shared by bin/chokepoint.mjs and the benchmarks, so what is measured is
// what users run. Imports stream in bounded memory, so the CLI caps its heap (a regression that starts to
// hold a whole file fails loudly instead of swapping) and asks glibc for few malloc arenas, which keeps
// freed native memory (SQLite's, the parser's buffers) from piling up in per-thread arenas. An import's rows
// live for one batch, so a young generation of 8 MB semi-spaces (V8's default here is 16) collects them as
// well and holds less: on the 2,000,000-line benchmark BOM it lowered the peak by about 20 MB at the same speed.
export const cliHeapMb = Number(process.env.CHOKEPOINT_CLI_HEAP_MB ?? 384);
export const cliNodeArgs = [
  "--conditions=react-server",
  `--max-old-space-size=${cliHeapMb}`,
  "--max-semi-space-size=8",
];
export const cliEnv = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };
