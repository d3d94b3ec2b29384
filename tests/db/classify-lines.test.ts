import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runImport } from "@/lib/operations/run-import";
import { classifyLines } from "@/lib/operations/classify-lines";
import { suggestEar99ForPassives } from "@/lib/boms/passive-category";
import { getBom } from "@/lib/data/area-rows";
import { suiteConfig, useScratchDatabase } from "./database";
import { tableCounts } from "./table-counts";

// A database of its own: the test counts audit entries and overrides.
useScratchDatabase({ beforeAll, afterAll });
const officer = { id: "officer", email: "officer@classify" };

describe(`classifying several BOM lines at once (${suiteConfig().provider})`, () => {
  let bomId = "";
  beforeAll(async () => {
    const file = "tests/fixtures/bom-kicad-designation.csv";
    const r = await runImport({ file, fileName: path.basename(file), actor: { id: null, email: "analyst@classify" } });
    expect(r).toMatchObject({ status: "imported", counts: { imported: 4, skipped: 5 } });
    bomId = r.version!.id;
  });

  it("suggests EAR99 only for the passive lines, and applies it only when confirmed, in one audited transaction", async () => {
    const bom = (await getBom(bomId))!;
    const suggestion = suggestEar99ForPassives(bom.lines.map((l) => ({ ...l, classified: l.classifiedAs !== null })));
    expect(suggestion?.byCategory).toEqual([
      { category: "resistor", lineNos: [2] },
      { category: "connector", lineNos: [4] },
    ]);
    // the suggestion by itself wrote nothing
    expect(await db().classificationOverride.count()).toBe(0);
    const auditBefore = await db().auditLog.count();
    await classifyLines({ bomId, lineIds: suggestion!.lineIds, eccn: "EAR99", note: suggestion!.note }, officer);
    const after = (await getBom(bomId))!;
    expect(after.lines.map((l) => [l.lineNo, l.classifiedAs])).toEqual([
      [1, null],
      [2, "EAR99"],
      [3, null],
      [4, "EAR99"],
    ]);
    const audit = await db().auditLog.findMany({ where: { action: "classification.overridden" } });
    expect(await db().auditLog.count()).toBe(auditBefore + 1);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ lineNos: [2, 4], eccn: "EAR99" });
  });

  it("writes nothing when one selected line is not a line of the BOM", async () => {
    const bom = (await getBom(bomId))!;
    const before = await tableCounts();
    await expect(
      classifyLines({ bomId, lineIds: [bom.lines[0]!.id, 999_999], eccn: "5A992.c", note: "vendor notice" }, officer),
    ).rejects.toThrow(/1 of the selected lines are not lines of this BOM/);
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses an empty selection", async () => {
    await expect(classifyLines({ bomId, lineIds: [], eccn: "EAR99", note: "none" }, officer)).rejects.toThrow(
      /Select at least one line/,
    );
  });
});
