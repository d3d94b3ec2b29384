import { requirePermission } from "@/lib/auth/session";
import { analyseUpload } from "@/lib/data/import-run";
import { toAnalysisView } from "@/lib/imports/analysis-view";
import { overridesSchema } from "@/lib/imports/overrides";
import { getUpload } from "@/lib/uploads/store";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http/responses";

/** Analyses an uploaded file again with the analyst's kind, format or column mapping. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requirePermission("data:import", request.headers);
    const upload = getUpload((await params).id);
    const parsed = overridesSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues.map((i) => i.message).join("; "));
    const { kind, format, mapping } = parsed.data;
    const analysis = await analyseUpload(upload.file, upload.fileName, { kind, format: format as never, mapping });
    return jsonResponse(toAnalysisView(upload.id, upload.fileName, analysis));
  } catch (e) {
    return errorResponse(e);
  }
}
