import { requirePermission } from "@/lib/auth/session";
import { overviewCounts } from "@/lib/data/overview";
import { errorResponse, jsonResponse } from "@/lib/http/responses";

export async function GET(request: Request) {
  try {
    await requirePermission("data:read", request);
    return jsonResponse(await overviewCounts());
  } catch (e) {
    return errorResponse(e);
  }
}
