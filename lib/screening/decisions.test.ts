import { describe, expect, it } from "vitest";
import {
  clearingNeedsConfirmation,
  decisionState,
  describeDecisionState,
  effectiveStatus,
  expiresSoon,
  hitQueue,
  type DecisionRecord,
} from "./decisions";

const decided = (over: Partial<DecisionRecord> = {}): DecisionRecord => ({
  id: "d1",
  decision: "false-positive",
  note: "Different company: Shenzhen, not Beijing",
  entryHash: "h1",
  decidedAt: new Date("2026-01-01"),
  decidedBy: "c@x",
  expiresAt: null,
  version: 1,
  ...over,
});
const now = new Date("2026-06-01");

describe("decisionState", () => {
  it("is open without a decision", () => expect(decisionState(null, "h1", now)).toEqual({ state: "open" }));
  it("stands while the entry reads the same and the decision has not expired", () => {
    expect(decisionState(decided({ expiresAt: new Date("2026-12-31") }), "h1", now).state).toBe("decided");
  });
  it("reopens when the listed entry changed in a later list version", () => {
    const s = decisionState(decided(), "h2", now);
    expect(s).toMatchObject({ state: "reopened", reason: "entry-changed" });
    expect(describeDecisionState(s)).toMatch(/listed entry changed/);
  });
  it("reopens on the expiry date itself", () => {
    expect(decisionState(decided({ expiresAt: now }), "h1", now)).toMatchObject({
      state: "reopened",
      reason: "expired",
    });
  });
});

describe("effectiveStatus", () => {
  it("ignores hits decided false positive", () => {
    expect(effectiveStatus([{ band: "match", decision: { state: "decided", decision: decided() } }])).toBe("clear");
  });
  it("counts a reopened false positive again", () => {
    expect(
      effectiveStatus([
        { band: "match", decision: { state: "reopened", reason: "entry-changed", decision: decided() } },
      ]),
    ).toBe("match");
  });
  it("makes a confirmed review hit a match", () => {
    expect(
      effectiveStatus([
        { band: "review", decision: { state: "decided", decision: decided({ decision: "confirmed-match" }) } },
      ]),
    ).toBe("match");
  });
  it("is review for open review and related hits", () => {
    expect(effectiveStatus([{ band: "related", decision: { state: "open" } }])).toBe("review");
  });
});

describe("hit queues and expiry warnings", () => {
  const now = new Date("2024-06-01T00:00:00Z");
  const rec = (decision: DecisionRecord["decision"], expiresAt: Date | null = null): DecisionRecord => ({
    id: "d",
    decision,
    note: "n",
    entryHash: "h",
    decidedAt: now,
    decidedBy: "o",
    expiresAt,
    version: 1,
  });
  it("puts open and reopened hits in the awaiting queue, decided ones by their decision", () => {
    expect(hitQueue(decisionState(null, "h", now))).toBe("awaiting decision");
    expect(hitQueue(decisionState(rec("confirmed-match"), "changed", now))).toBe("awaiting decision");
    expect(hitQueue(decisionState(rec("confirmed-match"), "h", now))).toBe("confirmed match");
    expect(hitQueue(decisionState(rec("false-positive"), "h", now))).toBe("false positive");
    expect(hitQueue(decisionState(rec("escalated"), "h", now))).toBe("escalated");
  });
  it("warns of a standing decision expiring within 30 days, not of one later or already reopened", () => {
    expect(expiresSoon(decisionState(rec("false-positive", new Date("2024-06-20")), "h", now), now)).toBe(true);
    expect(expiresSoon(decisionState(rec("false-positive", new Date("2024-08-20")), "h", now), now)).toBe(false);
    expect(expiresSoon(decisionState(rec("false-positive", new Date("2024-05-20")), "h", now), now)).toBe(false);
    expect(expiresSoon(decisionState(rec("false-positive"), "h", now), now)).toBe(false);
  });
});

describe("clearingNeedsConfirmation", () => {
  it("asks for a confirmation only to clear a hit in the match band", () => {
    expect(clearingNeedsConfirmation("match", "false-positive")).toBe(true);
    expect(clearingNeedsConfirmation("match", "confirmed-match")).toBe(false);
    expect(clearingNeedsConfirmation("match", "escalated")).toBe(false);
    expect(clearingNeedsConfirmation("review", "false-positive")).toBe(false);
    expect(clearingNeedsConfirmation("related", "false-positive")).toBe(false);
  });
});
