import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { accepts, dependentsOf, enginesOutside, isRange } from "./engines.mjs";

const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));

// A package we install but never load, whose engines exclude Node 20: on Node 20 `npm install` warns about it
// (EBADENGINE) and that is expected. @prisma/streams-local (every version needs Node 22) comes with the prisma
// CLI through @prisma/dev, which only `prisma dev` (a local Prisma Postgres) loads; we run `prisma generate`.
// Node 20 reached its end of life on 2026-04-30 (github.com/nodejs/Release): on Node 22 or later npm is silent.
const neverLoaded: Record<string, string[]> = { "@prisma/streams-local": ["@prisma/dev"], "@prisma/dev": ["prisma"] };

describe("the Node.js versions package.json declares (engines.node)", () => {
  it("is a range every locked package runs on, but for the one only `prisma dev` loads", () => {
    expect(isRange(pkg.engines.node)).toBe(true);
    expect(enginesOutside(lock, pkg.engines.node)).toEqual([{ name: "@prisma/streams-local", requires: ">=22.0.0" }]);
  });
  it("the exception is still reached only through prisma dev's package", () => {
    for (const [name, dependents] of Object.entries(neverLoaded)) expect(dependentsOf(lock, name)).toEqual(dependents);
    expect(fs.readFileSync("scripts/generate.mjs", "utf8")).not.toMatch(/["'\s]dev["'\s]/);
  });
  it("includes the Node.js running these tests", () => {
    expect(accepts(pkg.engines.node, process.version)).toBe(true);
  });
  it("finds a package whose engines leave out part of our range (the check can fail)", () => {
    expect(enginesOutside(lock, ">=20.9").map((p: { name: string }) => p.name)).toContain("prisma");
    const platformOnly = {
      packages: {
        "": {},
        "node_modules/a": { engines: { node: ">=22" }, os: ["win32"] },
        "node_modules/b": { engines: { node: ">=22" }, cpu: ["!x64", "!arm64"] },
        "node_modules/c": { engines: { node: ">=22" } },
      },
    };
    expect(enginesOutside(platformOnly, "^20.19.0", { os: "linux", cpu: "x64" })).toEqual([
      { name: "c", requires: ">=22" },
    ]);
  });
});
