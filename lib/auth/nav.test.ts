import { describe, expect, it } from "vitest";
import { navFor } from "./nav";

describe("navFor", () => {
  it("shows executives no Imports, Audit or Users", () => {
    expect(navFor("executive").map((n) => n.label)).toEqual([
      "Overview",
      "Screening",
      "BOM checks",
      "Rule replay",
      "Scenarios",
    ]);
  });
  it("shows admins every area", () => {
    expect(navFor("admin").map((n) => n.label)).toEqual([
      "Overview",
      "Imports",
      "Screening",
      "BOM checks",
      "Rule replay",
      "Scenarios",
      "Audit",
      "Users",
      "API keys",
      "Exporter",
    ]);
  });
});
