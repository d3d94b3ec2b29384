// Once per run of the db suite: an empty database, every migration, the seed.
import { deployMigrations } from "@/lib/schema-engine/engine";
import { disconnectDb } from "@/lib/db";
import { resetDatabase, suiteConfig } from "./database";

export default async function setup() {
  const config = suiteConfig();
  await resetDatabase(config);
  await deployMigrations(process.cwd(), config);
  const { seedDatabase } = await import("@/prisma/seed");
  await seedDatabase({ log: () => {} });
  await disconnectDb();
}
