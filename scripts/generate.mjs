#!/usr/bin/env node
// Generates the Prisma clients for both databases from the one schema (prisma/schema.prisma).
// The PostgreSQL schema is derived, never edited by hand: only the provider and the client's output differ.
// Runs on `npm install` (postinstall) and `npm run generate`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sqliteSchema = path.join(root, "prisma/schema.prisma");
const pgSchema = path.join(root, "prisma/postgresql/schema.prisma");

export function derivePostgresSchema(source) {
  const out = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output   = "../generated/prisma/sqlite"', 'output   = "../../generated/prisma/postgresql"');
  if (out === source || !out.includes('"postgresql"') || !out.includes("generated/prisma/postgresql")) {
    throw new Error("prisma/schema.prisma: expected the sqlite provider and client output lines to rewrite");
  }
  return "// GENERATED from prisma/schema.prisma by scripts/generate.mjs: do not edit.\n" + out;
}

// Prisma 7's CLI wants a schema-engine binary it cannot download here; `generate` never runs it, so point
// it at `false`: a path that exists and fails loudly if anything does try to run it.
function falseBinary() {
  for (const p of ["/usr/bin/false", "/bin/false"]) if (fs.existsSync(p)) return p;
  return execFileSync("sh", ["-c", "which false"]).toString().trim();
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  fs.mkdirSync(path.dirname(pgSchema), { recursive: true });
  fs.writeFileSync(pgSchema, derivePostgresSchema(fs.readFileSync(sqliteSchema, "utf8")));
  const env = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? falseBinary(),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
  for (const schema of [sqliteSchema, pgSchema]) {
    execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema], {
      cwd: root,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  console.log("prisma clients generated (sqlite, postgresql)");
}
