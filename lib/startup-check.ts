// Start-up checks: a wrong DATABASE_URL, an unreachable server or unapplied migrations stop the server with
// one specific line instead of a stack trace on the first request.
import fs from "node:fs";
import path from "node:path";
import { createClient } from "./db";
import { configuredDatabase, redactUrl } from "./env";
import { AppError, isAppError } from "./errors";

export function migrationNamesOnDisk(root: string, provider: "sqlite" | "postgresql"): string[] {
  const dir =
    provider === "sqlite" ? path.join(root, "prisma/migrations") : path.join(root, "prisma/postgresql/migrations");
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
}

export async function checkDatabase(root: string): Promise<void> {
  const config = configuredDatabase(undefined, root);
  if (config.provider === "sqlite" && !fs.existsSync(config.file)) {
    throw new AppError(
      "DB_NOT_MIGRATED",
      `the database file ${config.file} does not exist: run \`npm run db:migrate\` (or \`npm start\`, which migrates and seeds)`,
    );
  }
  const client = createClient(config);
  try {
    let applied: string[];
    try {
      const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      applied = rows.map((r) => r.migration_name);
    } catch (e) {
      const msg = String((e as Error).message ?? e);
      if (/_prisma_migrations/.test(msg) && /(does not exist|no such table)/i.test(msg)) applied = [];
      else
        throw new AppError(
          "DB_UNREACHABLE",
          `cannot reach the database at ${redactUrl(config.url)}: ${msg.split("\n").filter(Boolean).pop()}`,
        );
    }
    const pending = migrationNamesOnDisk(root, config.provider).filter((m) => !applied.includes(m));
    if (pending.length)
      throw new AppError(
        "DB_NOT_MIGRATED",
        `the database at ${redactUrl(config.url)} has ${pending.length} unapplied migration(s) (${pending.join(", ")}): run \`npm run db:migrate\``,
      );
  } finally {
    await client.$disconnect().catch(() => {});
  }
}

export function startupMessage(e: unknown): string {
  return isAppError(e)
    ? `chokepoint: cannot start: ${e.message}`
    : `chokepoint: cannot start: ${String((e as Error)?.message ?? e)}`;
}

/** Checks the database and ends the process with one line if it is not usable. */
export async function checkDatabaseOrExit(root: string = process.cwd()): Promise<void> {
  try {
    await checkDatabase(root);
  } catch (e) {
    console.error(startupMessage(e));
    process.exit(1);
  }
}
