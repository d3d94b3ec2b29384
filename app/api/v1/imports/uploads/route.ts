import { requirePermission } from "@/lib/auth/session";
import { toAnalysisView } from "@/lib/imports/analysis-view";
import { UnreadableFileError } from "@/lib/imports/row-stream";
import { cleanFileName, deleteUpload, storeUpload } from "@/lib/uploads/store";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http/responses";
import { mutation } from "@/lib/http/mutation";
import { analyseUpload } from "@/lib/operations/analyse-upload";
import { maxUploadBytes } from "@/lib/env";

const ALLOWED_TYPES = /^(text\/(csv|plain|tab-separated-values)|application\/(json|octet-stream|vnd\.ms-excel|csv))?$/;

function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new AppError(
      "INVALID_INPUT",
      "The file name (X-File-Name) is not valid percent-encoding: send encodeURIComponent(name).",
    );
  }
}

/** Receives one file as the raw request body (name in X-File-Name), stores it, and analyses it. */
async function post(request: Request) {
  try {
    const user = await requirePermission("data:import", request);
    const declared = Number(request.headers.get("content-length") ?? "0");
    const limit = maxUploadBytes();
    if (declared > limit)
      throw new AppError("TOO_LARGE", `The file is over the ${Math.round(limit / 1048576)} MB import limit.`);
    const type = (request.headers.get("x-file-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!ALLOWED_TYPES.test(type))
      throw new AppError("INVALID_INPUT", `Files of type ${type} cannot be imported: upload CSV or JSON.`);
    const fileName = cleanFileName(decodedName(request.headers.get("x-file-name") ?? ""));
    const upload = await storeUpload(request.body, fileName, limit, user.id);
    try {
      const analysis = await analyseUpload(upload.file, fileName, {});
      return jsonResponse(toAnalysisView(upload.id, fileName, analysis), { status: 201 });
    } catch (e) {
      deleteUpload(upload.id);
      if (e instanceof UnreadableFileError) throw new AppError("INVALID_INPUT", `${fileName}: ${e.message}`);
      throw e;
    }
  } catch (e) {
    return errorResponse(e);
  }
}

export const POST = mutation(
  {
    body: "file",
    maxBytes: maxUploadBytes,
    tooLarge: (max) => `The file is over the ${Math.round(max / 1048576)} MB import limit.`,
  },
  post,
);
