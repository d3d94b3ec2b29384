import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "./generate.mjs";

describe("the PostgreSQL schema", () => {
  it("is exactly the SQLite schema with the provider and output swapped (regenerate with npm run generate)", () => {
    const derived = derivePostgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8"));
    expect(fs.readFileSync("prisma/postgresql/schema.prisma", "utf8")).toBe(derived);
    expect(derived).toContain('provider = "postgresql"');
  });
  it("refuses a schema whose provider line it cannot find", () => {
    expect(() => derivePostgresSchema('datasource db {\n  provider = "mysql"\n}')).toThrow(
      /expected the sqlite provider/,
    );
  });
});
