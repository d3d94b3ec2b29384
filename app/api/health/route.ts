import { databaseReachable } from "@/lib/data/health";

// Public liveness and database check, for load balancers: says nothing about the data.
export async function GET() {
  if (await databaseReachable()) return Response.json({ status: "ok" });
  return Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
}
