import type { Command } from "commander";
import { dbConfig, disconnectDb } from "@/lib/db";
import { redactUrl } from "@/lib/env";
import { createMigration, deployMigrations, migrationStatus } from "@/lib/schema-engine/engine";
import { describeLoad, loadReferenceData } from "@/lib/operations/load-reference-data";
import { seedDatabase, isSeeded } from "@/prisma/seed";
import { projectRoot } from "./root";

export function registerDbCommands(program: Command): void {
  const db = program.command("db").description("database: migrations, reference data and demo data");

  db.command("migrate")
    .description("apply pending migrations (= prisma migrate deploy), then load the reference data (parts catalogue)")
    .action(async () => {
      const config = dbConfig();
      const applied = await deployMigrations(projectRoot, config);
      console.log(
        applied.length
          ? `applied ${applied.length} migration(s) to ${redactUrl(config.url)}: ${applied.join(", ")}`
          : `no pending migrations (${redactUrl(config.url)})`,
      );
      try {
        console.log(describeLoad(await loadReferenceData(projectRoot)));
      } finally {
        await disconnectDb();
      }
    });

  db.command("status")
    .description("show whether every migration is applied; exits 1 if not")
    .action(async () => {
      const status = await migrationStatus(projectRoot, dbConfig());
      if (status.applied) console.log("database is up to date");
      else {
        if (status.pending.length) console.log(`pending migrations: ${status.pending.join(", ")}`);
        if (status.failed.length) console.log(`failed migrations: ${status.failed.join(", ")}`);
        process.exitCode = 1;
      }
    });

  db.command("seed")
    .description("load the labelled demo data (demo users, parties, BOMs, financials) and the Entity List facts")
    .option("--force", "seed even if the database already holds data")
    .action(async (opts: { force?: boolean }) => {
      try {
        if (!opts.force && (await isSeeded())) {
          console.log("database already seeded (use --force to seed again)");
          return;
        }
        await seedAndSay();
      } finally {
        await disconnectDb();
      }
    });

  db.command("setup")
    .description(
      "migrate, load the reference data, then seed the demo data if the database is empty (what `npm start` runs first)",
    )
    .action(async () => {
      const config = dbConfig();
      const applied = await deployMigrations(projectRoot, config);
      if (applied.length) console.log(`applied ${applied.length} migration(s)`);
      try {
        console.log(describeLoad(await loadReferenceData(projectRoot)));
        if (await isSeeded()) console.log("database ready");
        else await seedAndSay();
      } finally {
        await disconnectDb();
      }
    });

  db.command("create-migration")
    .argument("<name>", "migration name, e.g. add_licence_table")
    .description(
      "diff prisma/schema.prisma against the migrations and write a new one for the provider of DATABASE_URL (run once per provider)",
    )
    .action(async (name: string) => {
      const created = await createMigration(projectRoot, dbConfig(), name);
      console.log(created ? `created ${created}` : "no schema change: nothing to create");
    });
}

/** Seeds the demo data, printing its progress and then what it added. */
async function seedAndSay(): Promise<void> {
  const counts = await seedDatabase({ log: (m) => console.log(m) });
  console.log(
    `seeded: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}`,
  );
}
