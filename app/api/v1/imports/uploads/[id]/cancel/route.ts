import { requirePermission } from "@/lib/auth/session";
import { uploadRun } from "@/lib/uploads/runs";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http/responses";
import { mutation } from "@/lib/http/mutation";

/** Cancels a running import: its transaction rolls back, so nothing of the file is written. */
async function post(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requirePermission("data:import", request);
    const run = uploadRun((await params).id, user.id);
    if (!run) throw new AppError("NOT_FOUND", "No import is running for that upload.");
    run.controller.abort();
    return jsonResponse({ cancelled: true });
  } catch (e) {
    return errorResponse(e);
  }
}

export const POST = mutation({ body: "json-or-none", maxBytes: 1024 }, post);
