import { requirePermission } from "@/lib/auth/session";
import { overridesSchema } from "@/lib/imports/overrides";
import { deleteUpload, getUpload } from "@/lib/uploads/store";
import { uploadRun, pruneRuns, startRun } from "@/lib/uploads/runs";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http/responses";
import { readJsonBody } from "@/lib/http/json-body";
import { mutation } from "@/lib/http/mutation";
import { runImport } from "@/lib/operations/run-import";

const MAX_BODY_BYTES = 256 * 1024;

/** Starts the import of an uploaded file; the page polls its progress. */
async function post(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await requirePermission("data:import", request);
    const id = (await params).id;
    const upload = getUpload(id, user.id);
    const choices = await readJsonBody(request, overridesSchema, MAX_BODY_BYTES, { emptyIs: {} });
    const existing = uploadRun(id, user.id);
    if (existing && !existing.result && !existing.error)
      throw new AppError("CONFLICT", "This file is already being imported.");
    pruneRuns();
    const run = startRun(id, upload.size, user.id);
    const { kind, format, mapping, label } = choices;
    // Runs on after the response: the import streams for as long as the file needs.
    void runImport({
      file: upload.file,
      fileName: upload.fileName,
      sha256: upload.sha256,
      kind,
      format: format as never,
      mapping,
      label,
      actor: { id: user.id, email: user.email },
      signal: run.controller.signal,
      onProgress: (p) => {
        run.progress = p;
      },
      onJob: (jobId) => {
        run.jobId = jobId;
      },
    })
      .then((result) => {
        run.result = result;
      })
      .catch((e: unknown) => {
        run.error = e instanceof AppError ? e.message : "The import failed unexpectedly; nothing was written.";
        if (!(e instanceof AppError)) console.error(e);
      })
      .finally(() => deleteUpload(id));
    return jsonResponse({ started: true }, { status: 202 });
  } catch (e) {
    return errorResponse(e);
  }
}

export const POST = mutation({ body: "json", maxBytes: MAX_BODY_BYTES }, post);
