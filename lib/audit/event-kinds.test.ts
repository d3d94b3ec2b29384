import { describe, expect, it } from "vitest";
import { actionsForKind, auditKinds } from "./event-kinds";

describe("audit event kinds", () => {
  it("selects the actions of a kind", () => {
    expect(actionsForKind("sign-in-failed")).toEqual(["auth.sign-in-failed"]);
    expect(actionsForKind("api-keys")).toEqual(["api-key.created", "api-key.revoked"]);
  });
  it("every kind's actions are security events", () => {
    const all = new Set(auditKinds.security.actions);
    for (const k of Object.values(auditKinds)) for (const action of k.actions) expect(all.has(action)).toBe(true);
  });
  it("an unknown or missing kind filters nothing", () => {
    expect(actionsForKind("toString")).toBeNull();
    expect(actionsForKind(undefined)).toBeNull();
  });
});
