import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasShared, sharedFile } from "@/lib/testing/shared-reference";
import { serveList, startPublisher } from "../fixtures/csl-publisher";
import { cliAsync } from "./cli-async";
import { suiteConfig, useBlankDatabase } from "./database";

// Reference data is not demo data: a fresh database that was only migrated (never seeded) has the parts
// catalogue, so after `db migrate` and `lists update` from a publisher (here on 127.0.0.1), `check-bom` classifies the demo GPU server's GPU line from
// the catalogue. Then classifications imported as data take precedence over the BOM column and the catalogue.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "refdata-"));
const database = useBlankDatabase({ beforeAll, afterAll }, dir);
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/chokepoint.mjs", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: database().url },
  });
type Line = { line: number; description: string; eccn: string | null; eccnSource: string | null; status: string };
const checkBom = (file: string, ...args: string[]) => {
  const r = cli("check-bom", file, ...args, "--json");
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { lines: Line[] };
};

describe(`a fresh database after db migrate and lists update, never seeded (${suiteConfig().provider})`, () => {
  it("classifies the demo GPU server's GPU line from the catalogue for a Chinese buyer", async () => {
    const m = cli("db", "migrate");
    expect(m.status, m.stderr).toBe(0);
    expect(m.stdout).toContain("reference data: parts catalogue 95 added");
    // the publisher serves the team-compiled Entity List facts in the list's CSV layout
    const publisher = await startPublisher();
    try {
      const facts = fs.readFileSync("data/reference/entity-list-facts.csv", "utf8");
      publisher.routes.set("/consolidated.csv", serveList(facts, '"facts"'));
      const env = { DATABASE_URL: database().url, CHOKEPOINT_CSL_URL: publisher.url("/consolidated.csv") };
      const list = await cliAsync(env, "lists", "update", "--json");
      expect(list.status, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout)).toMatchObject({ status: "imported", counts: { imported: 35 } });
    } finally {
      await publisher.close();
    }
    const out = checkBom(
      "data/demo/boms/gpu-server-8x.csv",
      ...["--buyer", "Example Robotics (Shenzhen) Co., Ltd.", "--country", "CN", "--date", "2026-12-01"],
    );
    const gpu = out.lines.find((l) => l.description === "NVIDIA H100 SXM5 80GB GPU")!;
    // 3A090.a to China: the advanced-computing rule (15 CFR 742.6(a)(6)), not "needs classification"
    expect(gpu).toMatchObject({ eccn: "3A090.a", eccnSource: "catalogue", status: "blocked" });
    expect((gpu as Line & { citation: string }).citation).toMatch(/742\.6\(a\)\(6\)/);
    expect(out.lines.filter((l) => l.status === "needs_classification").map((l) => l.line)).not.toContain(gpu.line);
  }, 120_000);

  it("imports classifications row by row: every bad row named by row and column, nothing written", () => {
    const bad = path.join(dir, "bad-classifications.csv");
    fs.writeFileSync(
      bad,
      "manufacturer,mpn,eccn,hts,country_of_origin,us_content_pct,source,as_of\n" +
        "Example Semi,EXMCU-32Q,5A992.c,8542.31.0000,TW,0,INVENTED,2026-03-01\n" +
        "Example Semi,EXFPGA-5K-48,3A99,,USA,120,INVENTED,2026-02-30\n" +
        ",EXNOMAKER-1,EAR99,,,,,2026-01-01\n",
    );
    const r = cli("import", "classifications", bad, "--json");
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.status).toBe("rejected");
    expect(out.errors).toEqual([
      { row: 3, column: "eccn", value: "3A99", message: "expected an ECCN such as 3A090.a or EAR99" },
      {
        row: 3,
        column: "country_of_origin",
        value: "USA",
        message: "expected a two-letter ISO country code such as CN or DE",
      },
      { row: 3, column: "us_content_pct", value: "120", message: "expected a percentage from 0 to 100" },
      { row: 3, column: "as_of", value: "2026-02-30", message: "expected a date such as 2026-03-01 (YYYY-MM-DD)" },
      { row: 4, column: "manufacturer", value: "", message: "expected a value (this column is required)" },
      { row: 4, column: "source", value: "", message: "expected a value (this column is required)" },
    ]);
  }, 60_000);

  it("uses an imported declaration before the BOM column and the catalogue, and says so", () => {
    const r = cli("import", "classifications", "tests/fixtures/classifications.csv", "--json");
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: "imported",
      kind: "classifications",
      counts: { read: 3, imported: 3, invalid: 0 },
    });
    const bom = path.join(dir, "declared.csv");
    fs.writeFileSync(
      bom,
      "manufacturer,mpn,description,quantity,eccn\n" +
        "NVIDIA,900-21010-0000-000,NVIDIA H100 PCIe 80GB,2,\n" +
        "Example Semi,EXMCU-32Q,Example microcontroller,10,EAR99\n" +
        "Example Semi,EXNOTDECLARED-1,Example sensor,1,EAR99\n",
    );
    const out = checkBom(
      bom,
      "--buyer",
      "Example Robotics (Shenzhen) Co., Ltd.",
      "--country",
      "CN",
      "--date",
      "2026-12-01",
    );
    expect(out.lines.map((l) => [l.line, l.eccn, l.eccnSource])).toEqual([
      [1, "3A090.a", "declaration"], // declared, and the catalogue agrees (by MPN)
      [2, "5A992.c", "declaration"], // the declaration beats the BOM's EAR99
      [3, "EAR99", "bom"],
    ]);
  }, 120_000);

  // real declarations (copies of another repository's file): read from ../shared, never committed
  const real = "sourcing/eccn/commoditybench-mpn-eccn.csv";
  it.skipIf(!hasShared("importing real ECCN declarations", real))(
    "imports the 34 real manufacturer and distributor classifications (as_of added in memory: 2026-07-01)",
    () => {
      const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(sharedFile(real), "utf8"), {
        header: true,
        skipEmptyLines: true,
      });
      const file = path.join(dir, "commoditybench-with-date.csv");
      // the file's verification dates are 2026-06/07 (its README); it has no per-row date
      fs.writeFileSync(file, Papa.unparse(parsed.data.map((r) => ({ ...r, as_of: "2026-07-01" }))));
      const r = cli("import", "classifications", file, "--json");
      const out = JSON.parse(r.stdout);
      expect([out.status, out.errors], r.stderr).toEqual(["imported", []]);
      expect(out.counts).toMatchObject({ read: 34, imported: 34 });
      const row = parsed.data.find((d) => d.mpn === "STM32F407VGT6")!;
      const bom = path.join(dir, "real.csv");
      fs.writeFileSync(bom, `manufacturer,mpn,description,quantity\n${row.manufacturer},${row.mpn},MCU,1\n`);
      const check = checkBom(bom, "--buyer", "Example Buyer GmbH", "--country", "DE", "--date", "2026-12-01");
      expect(check.lines[0]).toMatchObject({ eccn: row.eccn, eccnSource: "declaration" });
    },
    120_000,
  );
});
