import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runImport } from "@/lib/operations/run-import";
import { screenNames } from "@/lib/operations/screen-names";
import { suiteConfig, useScratchDatabase } from "./database";

// A database of its own: the alias counts below are exact.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aliases-import-"));
const actor = { id: null, email: "test@aliases" };
useScratchDatabase({ beforeAll, afterAll });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const importFile = (file: string, opts: { kind?: "aliases" | "list" } = {}) =>
  runImport({ file, fileName: path.basename(file), actor, ...opts });
const write = (name: string, content: string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
};
const shipped = path.join(process.cwd(), "data/reference/known-aliases-cn.csv");
const shippedRows = fs.readFileSync(shipped, "utf8").trim().split("\n").length - 1;
const screen = async (name: string) => (await screenNames({ queries: [{ name }], sources: ["all"] })).results[0]!;

describe(`known aliases import (${suiteConfig().provider})`, () => {
  it("with the team-compiled Entity List facts in force, a registered Chinese name is clear before its aliases are known", async () => {
    const list = await importFile(path.join(process.cwd(), "data/reference/entity-list-facts.csv"), { kind: "list" });
    expect(list.status).toBe("imported");
    expect((await screen("浙江大华技术股份有限公司")).status).toBe("clear");
  });

  it("the shipped alias file is recognised and stored, one row per alias, with its audit entry", async () => {
    const r = await importFile(shipped);
    expect(r).toMatchObject({
      status: "imported",
      kind: "aliases",
      format: "aliases",
      counts: { imported: shippedRows },
    });
    expect(r.changes).toEqual({ created: shippedRows, updated: 0, unchanged: 0 });
    expect(await db().knownAlias.count()).toBe(shippedRows);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: r.jobId! } });
    expect(audit).toMatchObject({
      action: "import.imported",
      after: { kind: "aliases", changes: { created: shippedRows } },
    });
  });

  it("screening then meets the registered name, in Simplified and Traditional characters, citing the alias's source", async () => {
    const s = await screen("浙江大华技术股份有限公司");
    expect(s.status).toBe("match");
    expect(s.hits[0]).toMatchObject({
      listedName: "Dahua Technology",
      explanation: { matchedName: "浙江大华技术股份有限公司", matchedSource: "https://www.dahuatech.com/" },
    });
    const t = await screen("杭州海康威視數字技術股份有限公司");
    expect(t.status).toBe("match");
    expect(t.hits[0]!.explanation.matchedSource).toBe("https://www.hikvision.com/cn/");
    expect(t.hits[0]!.explanation.reasons).toContain(
      'matched "杭州海康威視數字技術股份有限公司", a known name of the listed entry (source: https://www.hikvision.com/cn/)',
    );
  });

  it("the same file again is unchanged; a changed source updates its alias, never adds one", async () => {
    const again = await importFile(
      write(
        "again.csv",
        fs.readFileSync(shipped, "utf8").replaceAll("https://www.dahuatech.com/", "https://www.dahuatech.com/about"),
      ),
      { kind: "aliases" },
    );
    expect(again.changes).toEqual({ created: 0, updated: 2, unchanged: shippedRows - 2 });
    expect(await db().knownAlias.count()).toBe(shippedRows);
    const s = await screen("浙江大华技术股份有限公司");
    expect(s.hits[0]!.explanation.matchedSource).toBe("https://www.dahuatech.com/about");
  });

  it("a bad row rejects the whole file, naming file, row and column", async () => {
    const before = await db().knownAlias.count();
    const r = await importFile(
      write(
        "bad.csv",
        "listed_entry,alias,script,source\nIFLYTEK,科大讯飞,hans,https://www.iflytek.com/\nIFLYTEK,讯飞,,\n",
      ),
      { kind: "aliases" },
    );
    expect(r.status).toBe("rejected");
    expect(r.message).toMatch(
      /^bad\.csv: .*row 3, column source: "" \(expected where the alias comes from: a URL, a filing or a document \(required\)\)/,
    );
    expect(await db().knownAlias.count()).toBe(before);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: r.jobId! } });
    expect(audit.action).toBe("import.rejected");
  });

  it("FollowTheMoney party entities (JSON lines) are recognised and imported as an internal list, every name screened", async () => {
    const r = await importFile(path.join(process.cwd(), "tests/fixtures/ftm/parties.ftm.json"));
    expect(r).toMatchObject({ status: "imported", kind: "list", format: "ftm", counts: { imported: 2, skipped: 2 } });
    expect(r.notes).toEqual(["1 entity skipped: Sanction is not a party", "1 entity skipped: Address is not a party"]);
    const s = await screen("蓝莲花微波有限公司");
    expect(s.status).toBe("match");
    expect(s.hits[0]).toMatchObject({ listedName: "Blue Lotus Microwave Co., Ltd.", sourceCode: "FTM" });
    // a weak alias alone is a review, never a match
    expect((await screen("BLM")).status).toBe("review");
  });
});
