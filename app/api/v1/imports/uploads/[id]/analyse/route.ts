import { requirePermission } from "@/lib/auth/session";
import { toAnalysisView } from "@/lib/imports/analysis-view";
import { overridesSchema } from "@/lib/imports/overrides";
import { getUpload } from "@/lib/uploads/store";
import { errorResponse, jsonResponse } from "@/lib/http/responses";
import { readJsonBody } from "@/lib/http/json-body";
import { mutation } from "@/lib/http/mutation";
import { analyseUpload } from "@/lib/operations/analyse-upload";

const MAX_BODY_BYTES = 256 * 1024;

/** Analyses an uploaded file again with the analyst's kind, format or column mapping. */
async function post(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requirePermission("data:import", request);
    const upload = getUpload((await params).id, user.id);
    const choices = await readJsonBody(request, overridesSchema, MAX_BODY_BYTES, { emptyIs: {} });
    const { kind, format, mapping } = choices;
    const analysis = await analyseUpload(upload.file, upload.fileName, { kind, format: format as never, mapping });
    return jsonResponse(toAnalysisView(upload.id, upload.fileName, analysis));
  } catch (e) {
    return errorResponse(e);
  }
}

export const POST = mutation({ body: "json", maxBytes: MAX_BODY_BYTES }, post);
