// The format check, the linter and the layer rules each fail on code that breaks them. The broken code is
// written here, never kept in the tree: each check runs against the repository's own config.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cruise, type IConfiguration } from "dependency-cruiser";
import { ESLint } from "eslint";
import * as prettier from "prettier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

describe("prettier", () => {
  it("rejects a line longer than 120 characters and accepts it once formatted", async () => {
    const file = path.join(root, "lib/rules/format-fixture.ts");
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    const long = `export const verdicts = [${Array.from({ length: 20 }, (_, i) => `"verdict-${i}"`).join(", ")}];\n`;
    expect(long.length).toBeGreaterThan(120);
    expect(await prettier.check(long, options)).toBe(false);
    const formatted = await prettier.format(long, options);
    expect(await prettier.check(formatted, options)).toBe(true);
    expect(Math.max(...formatted.split("\n").map((l) => l.length))).toBeLessThanOrEqual(120);
  });
});

describe("eslint", () => {
  const eslint = new ESLint({ cwd: root });
  // Type-aware rules need the file on disk, inside the TypeScript project: it lives there for one lint only.
  const rulesHit = async (code: string, file: string) => {
    const full = path.join(root, file.replace(/(\.tsx?)$/, `-${process.pid}$1`));
    fs.writeFileSync(full, code);
    try {
      const [result] = await eslint.lintFiles([full]);
      return result!.messages.map((m) => m.ruleId ?? m.message);
    } finally {
      fs.rmSync(full, { force: true });
    }
  };

  it("finds a floating promise", { timeout: 120_000 }, async () => {
    const code = "async function save(): Promise<void> {}\nexport function onSave(): void {\n  save();\n}\n";
    expect(await rulesHit(code, "lib/rules/lint-fixture.ts")).toContain("@typescript-eslint/no-floating-promises");
  });

  it("finds a promise passed where a callback's result is ignored", { timeout: 120_000 }, async () => {
    const code = "export function poll(): void {\n  setInterval(async () => {\n    await fetch('/x');\n  }, 100);\n}\n";
    expect(await rulesHit(code, "lib/rules/lint-fixture.ts")).toContain("@typescript-eslint/no-misused-promises");
  });

  it("finds an unsafe any and an unused variable", { timeout: 120_000 }, async () => {
    const code =
      "export function read(text: string): string {\n  const unused = 1;\n  const v = JSON.parse(text);\n  return v.name;\n}\n";
    const hit = await rulesHit(code, "lib/rules/lint-fixture.ts");
    expect(hit).toContain("@typescript-eslint/no-unused-vars");
    expect(hit).toContain("@typescript-eslint/no-unsafe-assignment");
    expect(hit).toContain("@typescript-eslint/no-unsafe-return");
  });

  it("finds a hook called conditionally", { timeout: 120_000 }, async () => {
    const code =
      'import { useState } from "react";\nexport function Panel({ open }: { open: boolean }) {\n' +
      "  if (open) {\n    const [n] = useState(0);\n    return <p>{n}</p>;\n  }\n  return null;\n}\n";
    expect(await rulesHit(code, "components/ui/lint-fixture.tsx")).toContain("react-hooks/rules-of-hooks");
  });

  it("passes clean code", { timeout: 120_000 }, async () => {
    const code = "export function total(xs: readonly number[]): number {\n  return xs.reduce((a, b) => a + b, 0);\n}\n";
    expect(await rulesHit(code, "lib/rules/lint-fixture.ts")).toEqual([]);
  });
});

describe("layer rules", () => {
  // A small tree with one import across each layer boundary, cruised with the repository's rules.
  let dir = "";
  const files: Record<string, string> = {
    "lib/db.ts": "export const db = () => ({});\n",
    "lib/data/parties.ts":
      'import { db } from "../db";\nexport type Row = { id: string };\nexport const parties = () => db();\n',
    "lib/data/reads-up.ts": 'import { run } from "../operations/run";\nexport const x = run;\n',
    "lib/operations/run.ts":
      'import { parties } from "../data/parties";\nimport { save } from "../data/writes/save";\nexport const run = [parties, save];\n',
    "lib/operations/queries-itself.ts": 'import { db } from "../db";\nexport const q = db;\n',
    "lib/data/writes/save.ts": 'import { db } from "../../db";\nexport const save = () => db();\n',
    "app/writes-directly.ts": 'import { save } from "../lib/data/writes/save";\nexport const r = save;\n',
    "app/through-operation.ts": 'import { run } from "../lib/operations/run";\nexport const o = run;\n',
    "lib/rules/reads-db.ts": 'import { parties } from "../data/parties";\nexport const y = parties;\n',
    "lib/rules/pure.ts": "export const z = 1;\n",
    "components/ui/loads.tsx": 'import { parties } from "../../lib/data/parties";\nexport const w = parties;\n',
    "components/ui/types-only.tsx":
      'import type { Row } from "../../lib/data/row-types";\nexport const v = (r: Row) => r;\n',
    "components/ui/type-from-queries.tsx":
      'import type { Row } from "../../lib/data/parties";\nexport const v = (r: Row) => r;\n',
    "lib/data/row-types.ts": "export type Row = { id: string };\n",
    "lib/lists/a.ts": 'import { b } from "./b";\nexport const a = () => b;\n',
    "lib/lists/b.ts": 'import { a } from "./a";\nexport const b = () => a;\n',
    "lib/uploads/reaches-up.ts": 'import { w } from "../../components/ui/loads";\nexport const s = w;\n',
    "app/page.tsx": 'import { db } from "../lib/db";\nexport const u = db;\n',
    "app/ok.tsx":
      'import { parties } from "../lib/data/parties";\nimport { z } from "../lib/rules/pure";\nexport const t = [parties, z];\n',
  };
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "layers-"));
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("names each broken rule and nothing else", { timeout: 60_000 }, async () => {
    const config = (await import(path.join(root, ".dependency-cruiser.cjs"))) as { default: IConfiguration };
    const cwd = process.cwd();
    process.chdir(dir); // the rules' paths are relative to the folder cruised from
    try {
      const result = await cruise(["lib", "components", "app"], {
        ruleSet: { forbidden: config.default.forbidden },
        validate: true,
        tsPreCompilationDeps: true,
      });
      const output = result.output as {
        summary: { violations: { rule: { name: string }; from: string; to: string }[] };
      };
      const found = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
      expect(found).toEqual([
        "components-use-no-data-access: components/ui/loads.tsx -> lib/data/parties.ts",
        "components-use-no-data-access: components/ui/type-from-queries.tsx -> lib/data/parties.ts",
        "domain-is-pure: lib/rules/reads-db.ts -> lib/data/parties.ts",
        "lib-imports-no-app: lib/uploads/reaches-up.ts -> components/ui/loads.tsx",
        "no-circular: lib/lists/a.ts -> lib/lists/b.ts",
        "operations-use-no-database-client: lib/operations/queries-itself.ts -> lib/db.ts",
        "queries-use-no-use-cases: lib/data/reads-up.ts -> lib/operations/run.ts",
        "routes-use-no-database-client: app/page.tsx -> lib/db.ts",
        "writes-only-through-operations: app/writes-directly.ts -> lib/data/writes/save.ts",
      ]);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("lib/data's queries", () => {
  // lint:layers keeps app/ and cli/ away from lib/data/writes; this keeps the writes in there. A module of
  // lib/data outside writes/ that changes rows would be a write app/ could call without a use case.
  const writeCall =
    /\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(\s*\{|\$executeRaw|bulkTransaction\(|\.insert\(/;
  it("change nothing: every write is under lib/data/writes", () => {
    const dataDir = path.join(root, "lib/data");
    const writers = fs
      .readdirSync(dataDir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .filter((f) => writeCall.test(fs.readFileSync(path.join(dataDir, f), "utf8")));
    expect(writers).toEqual([]);
  });

  it("would notice one that did", () => {
    expect(writeCall.test("await db().party.update({ where: { id }, data })")).toBe(true);
    expect(writeCall.test("await db().party.findMany({ where: { id } })")).toBe(false);
  });
});
