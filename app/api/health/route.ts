import { db } from "@/lib/db";

// Public liveness and database check, for load balancers: says nothing about the data.
export async function GET() {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
  }
}
