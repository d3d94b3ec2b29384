import "server-only";
import { db } from "../db";

/** Whether the database answers a trivial query: the health check's one question. */
export async function databaseReachable(): Promise<boolean> {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
