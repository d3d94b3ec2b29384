import { describe, expect, it } from "vitest";
import { can, canOpen, isRole, roles } from "./roles";

describe("roles", () => {
  it("lets only analysts and admins import", () => {
    expect(roles.filter((r) => can(r, "data:import"))).toEqual(["analyst", "admin"]);
  });
  it("keeps executives read-only outside scenarios", () => {
    expect(can("executive", "scenarios:save")).toBe(true);
    expect(can("executive", "screening:decide")).toBe(false);
    expect(can("executive", "boms:override")).toBe(false);
    expect(canOpen("executive", "imports")).toBe(false);
    expect(canOpen("executive", "screening")).toBe(true);
  });
  it("lets only admins manage users and approve list versions", () => {
    expect(roles.filter((r) => can(r, "users:manage"))).toEqual(["admin"]);
    expect(roles.filter((r) => can(r, "lists:approve"))).toEqual(["admin"]);
    expect(roles.filter((r) => can(r, "lists:update"))).toEqual(["admin"]);
  });
  it("opens the audit area to compliance and admins only", () => {
    expect(roles.filter((r) => canOpen(r, "audit"))).toEqual(["compliance", "admin"]);
  });
  it("rejects unknown role strings", () => {
    expect(isRole("superuser")).toBe(false);
    expect(isRole("admin")).toBe(true);
  });
});
