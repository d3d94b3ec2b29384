import { requirePermission } from "@/lib/auth/session";
import { uploadRun } from "@/lib/uploads/runs";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http/responses";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requirePermission("data:import", request);
    const run = uploadRun((await params).id, user.id);
    if (!run) throw new AppError("NOT_FOUND", "No import is running for that upload.");
    return jsonResponse({ progress: run.progress, jobId: run.jobId, result: run.result, error: run.error });
  } catch (e) {
    return errorResponse(e);
  }
}
