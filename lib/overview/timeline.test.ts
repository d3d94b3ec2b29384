import { describe, expect, it } from "vitest";
import { decisionEvent, describeDiff, determinationEvent, listEvent, mergeTimeline } from "./timeline";

describe("timeline", () => {
  const list = listEvent({
    id: "v2",
    label: "CSL 2024-01",
    status: "current",
    createdAt: new Date("2024-01-10"),
    diff: { added: 3, removed: 1, changed: 2, policyChanged: 1 },
  });
  const decision = decisionEvent({
    at: new Date("2024-01-12"),
    partyName: "Acme",
    listedName: "ACME Ltd",
    decision: "False positive",
    by: "officer@x",
    note: "different company",
    matchId: "m1",
  });
  const check = determinationEvent({
    id: "d1",
    at: new Date("2024-01-11"),
    bomId: "b1",
    bomName: "Camera",
    buyerName: "Acme",
    destination: "CN",
    outcome: "licence_required",
    by: null,
  });

  it("describes what each list version changed", () => {
    expect(list.title).toBe("List version CSL 2024-01 (made current)");
    expect(list.detail).toBe("3 added, 1 removed, 2 changed, 1 licence policy changed");
    expect(describeDiff(null)).toMatch(/first version/);
    expect(
      listEvent({
        id: "v3",
        label: "x",
        status: "quarantined",
        createdAt: new Date(),
        diff: null,
        quarantineReason: "EL dropped 40%",
      }).detail,
    ).toMatch(/held: EL dropped 40%/);
  });

  it("links each event to its evidence", () => {
    expect([list.href, decision.href, check.href]).toEqual([
      "/imports/lists/v2",
      "/screening/hits/m1",
      "/boms/b1/determinations/d1",
    ]);
    expect(check.title).toBe("Camera to Acme (CN): licence required");
  });

  it("merges newest first and keeps the limit", () => {
    expect(mergeTimeline([[list], [decision], [check]]).map((e) => e.kind)).toEqual([
      "decision",
      "determination",
      "list",
    ]);
    expect(mergeTimeline([[list], [decision], [check]], 2)).toHaveLength(2);
  });
});
