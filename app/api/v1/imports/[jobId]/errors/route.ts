import { requirePermission } from "@/lib/auth/session";
import { getImportJob } from "@/lib/data/import-jobs";
import { toSafeCsv } from "@/lib/csv/safe-csv";
import { PROBLEMS_CSV_HEADER, problemsCsvRows } from "@/lib/imports/problems";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/responses";

/** The problems an import found, as a CSV download (formula-safe). */
export async function GET(request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  try {
    await requirePermission("data:import", request);
    const job = await getImportJob((await params).jobId);
    if (!job) throw new AppError("NOT_FOUND", "No such import.");
    const csv = toSafeCsv(PROBLEMS_CSV_HEADER, problemsCsvRows(job.fileName, job.errors, job.errorCount));
    const name = `${job.fileName.replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "_")}-problems.csv`;
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"` },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
