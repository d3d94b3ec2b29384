// npm run bench: the benchmarks one after the other. A short target exits its benchmark with 1; the rest
// still run (each figure is worth recording), and this exits 1 at the end when any of them did.
import { spawnSync } from "node:child_process";

const names = ["import", "screening", "determination", "scenario", "overview", "ownership", "pages"];
const failed: string[] = [];
for (const name of names) {
  const r = spawnSync("npm", ["run", `bench:${name}`], { stdio: "inherit" });
  if (r.status !== 0) failed.push(`bench:${name} (exit ${r.status ?? r.signal})`);
}
console.log(
  failed.length ? `\nshort or failed: ${failed.join(", ")}` : `\nall ${names.length} benchmarks met their targets`,
);
if (failed.length) process.exitCode = 1;
