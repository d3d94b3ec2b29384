import "server-only";
// A named lease in the database: one holder at a time across every process and app instance that shares it
// (SQLite or PostgreSQL alike, unlike an advisory lock, which lives on one PostgreSQL connection). A holder
// that dies without releasing it leaves it to expire.
import { db } from "../../db";

/** Takes the lease if it is free or expired; false when someone else holds it. */
export async function acquireLease(name: string, holder: string, ms: number): Promise<boolean> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ms);
  const taken = await db().lease.updateMany({ where: { name, expiresAt: { lt: now } }, data: { holder, expiresAt } });
  if (taken.count === 1) return true;
  try {
    await db().lease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (e) {
    // someone holds it (or took it a moment ago): the primary key refuses a second row
    if ((e as { code?: string }).code === "P2002") return false;
    throw e;
  }
}

export async function releaseLease(name: string, holder: string): Promise<void> {
  await db().lease.deleteMany({ where: { name, holder } });
}
