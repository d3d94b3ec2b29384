import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hitsWithDecisions } from "@/lib/data/decisions";
import { screeningThresholds } from "@/lib/data/screening";
import { latestRuns, whatChanged } from "@/lib/data/screening-runs";
import { verifyAuditChain } from "@/lib/data/audit";
import { suiteConfig, useScratchDatabase } from "./database";
import { screenNames } from "@/lib/operations/screen-names";
import { setScreeningThresholds } from "@/lib/operations/set-screening-thresholds";
import { runImport } from "@/lib/operations/run-import";
import { startPartyScreening } from "@/lib/operations/screen-parties";
import { recordDecision } from "@/lib/operations/decide-hit";

// A database of its own: an internal list, parties, a decision, then an edited list version that reopens it.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "screening-"));
const actor = { id: null, email: "test@screening" };
const write = (name: string, content: string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, content);
  return f;
};
const importFile = (file: string, kind: "list" | "parties") =>
  runImport({ file, fileName: path.basename(file), kind, actor });
useScratchDatabase({ beforeAll, afterAll });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe(`screening stored parties (${suiteConfig().provider})`, () => {
  let officer: { id: string; email: string };

  it("refuses to screen before any list is in force, with a clear reason", async () => {
    await expect(screenNames({ queries: [{ name: "Acme" }], sources: ["all"] })).rejects.toThrow(
      /No list version is in force yet/,
    );
  });

  it("screens every party when a list version becomes current, and finds listed names and their variants", async () => {
    const user = await db().user.create({
      data: { id: "officer-1", email: "officer@test", name: "Officer", role: "compliance", emailVerified: true },
      select: { id: true, email: true },
    });
    officer = user;
    const parties = await importFile(
      write(
        "parties.csv",
        "name,kind,country,address\nOrion Photonics Trading LLC,customer,AE,Dubai\nOrion Photonix Trading,ship-to,AE,\nSenseTime Group Limited,customer,HK,\nRheinland Automation GmbH,customer,DE,Duesseldorf\n",
      ),
      "parties",
    );
    expect(parties.status).toBe("imported");
    const list = await importFile(
      write(
        "watch.csv",
        "name,aliases,country,note\nOrion Photonics Trading LLC,Orion Photonics,AE,Watch: diverted shipments in 2024\nBlue Lotus Microwave Co.,,CN,\n",
      ),
      "list",
    );
    expect(list.status, list.message).toBe("imported");
    expect(list.message).toMatch(/re-screened/);
    const [run] = await latestRuns(1);
    expect(run).toMatchObject({ trigger: "list-version", status: "succeeded", processed: 4, partyCount: 4 });
    const hits = await hitsWithDecisions(run!.id, new Date());
    expect(hits.map((h) => [h.partyName, h.band]).sort()).toEqual([
      ["Orion Photonics Trading LLC", "match"],
      ["Orion Photonix Trading", "match"],
    ]);
    expect(hits.every((h) => h.decisionState === "open" && h.sourceCode === "INTERNAL")).toBe(true);
  });

  it("answers a one-off search with the list version and thresholds in force", async () => {
    const r = await screenNames({
      queries: [{ name: "ORION PHOTONICS", country: "AE" }, { name: "Nobody Ltd" }],
      sources: ["internal"],
    });
    expect(r.results.map((x) => x.status)).toEqual(["match", "clear"]);
    expect(r.results[0]!.hits[0]!.explanation.listVersion.id).toBe(r.lists.internal!.id);
    expect(r.thresholds).toEqual({ match: 85, review: 70 });
    expect((await screenNames({ queries: [{ name: "ORION PHOTONICS" }], sources: ["el"] })).results[0]!.status).toBe(
      "clear",
    );
  });

  it("records a false-positive decision, refuses a stale second one, and keeps both in the audit log", async () => {
    const [run] = await latestRuns(1);
    const hit = (await hitsWithDecisions(run!.id, new Date())).find((h) => h.partyName === "Orion Photonix Trading")!;
    const clearing = {
      matchId: hit.matchId,
      decision: "false-positive" as const,
      note: "Different company: a Sharjah freight agent",
      expiresAt: null,
      expectedVersion: 0,
    };
    // a match is not cleared without the officer's confirmation, and nothing is written
    expect(hit.band).toBe("match");
    await expect(recordDecision(clearing, officer)).rejects.toThrow(/confirm that the party is not the listed one/);
    expect(await db().complianceDecision.count()).toBe(0);
    const first = await recordDecision({ ...clearing, confirmedClear: true }, officer);
    expect(first.version).toBe(1);
    await expect(
      recordDecision(
        {
          matchId: hit.matchId,
          decision: "confirmed-match",
          note: "Same company",
          expiresAt: null,
          expectedVersion: 0,
        },
        officer,
      ),
    ).rejects.toThrow(/Someone else decided/);
    const decided = (await hitsWithDecisions(run!.id, new Date())).find((h) => h.matchId === hit.matchId)!;
    expect(decided).toMatchObject({ decisionState: "decided", decision: "False positive" });
    const audit = await db().auditLog.findMany({ where: { action: "decision.recorded" } });
    expect(audit).toHaveLength(1);
  });

  it("reopens the decision when the listed entry changes in a later list version, and says what changed", async () => {
    const edited = await importFile(
      write(
        "watch-v2.csv",
        "name,aliases,country,note\nOrion Photonics Trading LLC,Orion Photonics; Orion Fotonika,AE,Watch: diverted shipments in 2024\nBlue Lotus Microwave Co.,,CN,\nSenseTime Group Limited,,HK,Parent of a listed entity\n",
      ),
      "list",
    );
    expect(edited.status, edited.message).toBe("imported");
    const [run] = await latestRuns(1);
    const hits = await hitsWithDecisions(run!.id, new Date());
    const reopened = hits.find((h) => h.partyName === "Orion Photonix Trading")!;
    expect(reopened).toMatchObject({ decisionState: "reopened" });
    expect(reopened.decision).toMatch(/listed entry changed/);
    expect(await db().auditLog.count({ where: { action: "decision.reopened" } })).toBe(1);
    const changed = await whatChanged();
    expect(changed?.changes).toEqual([
      {
        partyId: expect.any(String),
        partyName: "SenseTime Group Limited",
        before: "clear",
        after: "match",
        causes: [
          {
            entryKey: expect.stringContaining("sensetime group"),
            listedName: "SenseTime Group Limited",
            change: "added",
            fields: [],
          },
        ],
      },
    ]);
    expect((await verifyAuditChain()).problems).toEqual([]);
  });

  it("applies thresholds an admin saves, and rejects review at or above match", async () => {
    await expect(
      setScreeningThresholds({ match: 70, review: 80 }, { id: officer.id, email: officer.email }),
    ).rejects.toThrow(/review below match/);
    await setScreeningThresholds({ match: 99, review: 60 }, { id: officer.id, email: officer.email });
    expect(await screeningThresholds()).toEqual({ match: 99, review: 60 });
    const { runId, done } = await startPartyScreening({ trigger: "manual", actor });
    await done;
    const bands = (await hitsWithDecisions(runId, new Date())).map((h) => [h.partyName, h.band]);
    expect(bands).toContainEqual(["Orion Photonix Trading", "review"]);
    await setScreeningThresholds({ match: 85, review: 70 }, { id: officer.id, email: officer.email });
  });
});
