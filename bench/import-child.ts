// One measured step of the import benchmark, in its own process: prints {ms, maxRssMb, detail} as JSON.
import fs from "node:fs";
import Papa from "papaparse";

const [mode, file, extra] = process.argv.slice(2);
const t0 = performance.now();
let detail: Record<string, unknown> = {};

if (mode === "raw-count") {
  let lines = 0;
  for await (const chunk of fs.createReadStream(file!, { highWaterMark: 1 << 20 })) {
    const c = chunk as Buffer;
    let i = -1;
    while ((i = c.indexOf(10, i + 1)) !== -1) lines++;
  }
  detail = { lines };
} else if (mode === "papaparse") {
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(fs.createReadStream(file!, { encoding: "utf8", highWaterMark: 1 << 20 }) as unknown as File, {
      header: false,
      skipEmptyLines: true,
      chunk: (r) => {
        rows += r.data.length;
      },
      complete: () => resolve(),
      error: reject,
    });
  });
  detail = { rows };
} else if (mode === "migrate") {
  // a step of its own, so the schema engine's memory is not counted against the import
  const { deployMigrations } = await import("@/lib/schema-engine/engine");
  const { dbConfig } = await import("@/lib/db");
  await deployMigrations(process.cwd(), dbConfig());
} else if (mode === "import") {
  const { disconnectDb } = await import("@/lib/db");
  const { runImport } = await import("@/lib/operations/run-import");
  const files = extra ? [extra, file!] : [file!];
  const kind = extra || file!.includes("csl") ? "list" : "bom";
  let last: Awaited<ReturnType<typeof runImport>> | undefined;
  let ms = 0;
  for (const f of files) {
    const started = performance.now();
    last = await runImport({ file: f, fileName: f.split("/").pop()!, kind, actor: { id: null, email: "bench" } });
    ms = performance.now() - started; // the last file's own time (a list version with its diff)
  }
  await disconnectDb();
  if (!last) throw new Error("import: no file given");
  detail = { status: last.status, counts: last.counts, diff: last.diff ?? null, ms };
}
const ms = (detail.ms as number | undefined) ?? performance.now() - t0;
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, detail }));
