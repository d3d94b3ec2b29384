import { afterAll, describe, expect, it } from "vitest";
import { deployMigrations, driftScript, migrationStatus } from "@/lib/schema-engine/engine";
import { checkDatabase, migrationNamesOnDisk } from "@/lib/startup-check";
import { scratchDatabase, suiteConfig } from "./database";

const root = process.cwd();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe(`migrations (${suiteConfig().provider})`, () => {
  it("leave the suite database up to date", async () => {
    expect(await migrationStatus(root, suiteConfig())).toEqual({ applied: true, pending: [], failed: [], edited: [] });
  });

  it("match prisma/schema.prisma exactly (no drift)", async () => {
    expect(await driftScript(root, suiteConfig())).toBe("");
  });

  it("apply to an empty database, then report nothing pending", async () => {
    const scratch = await scratchDatabase();
    cleanups.push(scratch.drop);
    const names = migrationNamesOnDisk(root, scratch.config.provider);
    expect(await deployMigrations(root, scratch.config)).toEqual(names);
    expect(await deployMigrations(root, scratch.config)).toEqual([]);
  });

  it("start-up check names the unapplied migrations of an empty database", async () => {
    const scratch = await scratchDatabase();
    cleanups.push(scratch.drop);
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = scratch.config.url;
    try {
      if (scratch.config.provider === "sqlite") {
        await expect(checkDatabase(root)).rejects.toThrow(/does not exist: run `npm run db:migrate`/);
      } else {
        const names = migrationNamesOnDisk(root, "postgresql");
        await expect(checkDatabase(root)).rejects.toThrow(
          `has ${names.length} unapplied migration(s) (${names.join(", ")}): run \`npm run db:migrate\``,
        );
      }
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });

  it("start-up check says in one line that an unreachable PostgreSQL server is unreachable", async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://chokepoint:secret@127.0.0.1:1/nowhere";
    try {
      await expect(checkDatabase(root)).rejects.toThrow(
        /^cannot reach the database at postgresql:\/\/chokepoint:\*\*\*@127\.0\.0\.1:1\/nowhere: /,
      );
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });

  it("start-up check passes on the migrated suite database", async () => {
    await expect(checkDatabase(root)).resolves.toBeUndefined();
  });
});
