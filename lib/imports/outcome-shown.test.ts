import { describe, expect, it } from "vitest";
import { importOutcomeShown } from "./outcome-shown";

describe("importOutcomeShown", () => {
  it("calls a list import the gates held 'quarantined', not 'succeeded'", () => {
    expect(importOutcomeShown("succeeded", "quarantined")).toBe("quarantined");
  });
  it("says a quarantined version an admin rejected was rejected", () => {
    expect(importOutcomeShown("succeeded", "rejected")).toBe("rejected after quarantine");
  });
  it("keeps 'succeeded' for a version in force or superseded, and for imports that made no list version", () => {
    expect(importOutcomeShown("succeeded", "current")).toBe("succeeded");
    expect(importOutcomeShown("succeeded", "superseded")).toBe("succeeded");
    expect(importOutcomeShown("succeeded")).toBe("succeeded");
  });
  it("leaves a failed or running job's status alone", () => {
    expect(importOutcomeShown("failed", "quarantined")).toBe("failed");
    expect(importOutcomeShown("running")).toBe("running");
  });
});
