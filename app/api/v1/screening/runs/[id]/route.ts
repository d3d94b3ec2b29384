import { requirePermission } from "@/lib/auth/session";
import { requireRun } from "@/lib/data/screening-runs";
import { errorResponse, jsonResponse } from "@/lib/http/responses";

/** GET: a screening run's status and progress. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requirePermission("data:read", request);
    const run = await requireRun((await params).id);
    return jsonResponse({
      id: run.id,
      status: run.status,
      processed: run.processed,
      partyCount: run.partyCount,
      error: run.error,
      trigger: run.trigger,
      list: run.listLabel,
      sources: run.sources,
      thresholds: run.thresholds,
    });
  } catch (e) {
    return errorResponse(e);
  }
}
