import { describe, expect, it } from "vitest";
import { apiKeyExpiry, effectiveExpiry, keyStanding, keyStatus, roleWithin } from "./api-key-policy";
import { isRole } from "./roles";

const now = new Date("2026-12-07T12:00:00Z");
const key = (over: Partial<Parameters<typeof keyStanding>[0]> = {}) => ({
  role: "executive",
  createdAt: new Date("2026-12-01T00:00:00Z"),
  expiresAt: new Date("2027-01-01T00:00:00Z"),
  revokedAt: null,
  ...over,
});
const owner = (over: Partial<Parameters<typeof keyStanding>[1]> = {}) => ({
  role: "executive",
  disabledAt: null,
  ...over,
});

describe("API key policy", () => {
  it("an admin may hold a key of any role; others only their own", () => {
    expect(roleWithin("admin", "executive")).toBe(true);
    expect(roleWithin("executive", "executive")).toBe(true);
    expect(roleWithin("executive", "admin")).toBe(false);
    expect(roleWithin("analyst", "compliance")).toBe(false);
  });
  it("a key acts with its own role while its owner holds it", () => {
    expect(keyStanding(key(), owner(), now, isRole)).toEqual({ ok: true, role: "executive" });
    expect(keyStanding(key({ role: "analyst" }), owner({ role: "admin" }), now, isRole)).toEqual({
      ok: true,
      role: "analyst",
    });
  });
  it("stops when the owner is demoted below the key's role", () => {
    expect(keyStanding(key(), owner({ role: "analyst" }), now, isRole)).toEqual({
      ok: false,
      reason: "owner role below key role",
    });
    expect(keyStanding(key({ role: "admin" }), owner({ role: "compliance" }), now, isRole).ok).toBe(false);
  });
  it("stops when the owner is disabled, the key revoked or expired", () => {
    expect(keyStanding(key(), owner({ disabledAt: now }), now, isRole)).toEqual({
      ok: false,
      reason: "owner disabled",
    });
    expect(keyStanding(key({ revokedAt: now }), owner(), now, isRole)).toEqual({ ok: false, reason: "revoked" });
    expect(keyStanding(key({ expiresAt: now }), owner(), now, isRole)).toEqual({ ok: false, reason: "expired" });
  });
  it("a key without a stored expiry expires 90 days after it was made", () => {
    const legacy = key({ createdAt: new Date("2026-09-01T00:00:00Z"), expiresAt: null });
    expect(effectiveExpiry(legacy).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(keyStatus(legacy, owner(), now, isRole)).toBe("expired");
  });
  it("expiry defaults to 90 days and is 1 to 365 days", () => {
    expect(apiKeyExpiry(now).toISOString()).toBe("2027-03-07T12:00:00.000Z");
    expect(apiKeyExpiry(now, 365).toISOString()).toBe("2027-12-07T12:00:00.000Z");
    expect(() => apiKeyExpiry(now, 366)).toThrow("1 to 365 days");
    expect(() => apiKeyExpiry(now, 0)).toThrow(RangeError);
  });
});
