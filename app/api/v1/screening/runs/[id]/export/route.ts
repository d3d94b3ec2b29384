import { requirePermission } from "@/lib/auth/session";
import { hitsWithDecisions } from "@/lib/data/decisions";
import { explanationsOfRun, requireRun } from "@/lib/data/screening-runs";
import { toSafeCsv } from "@/lib/csv/safe-csv";
import { errorResponse } from "@/lib/http/responses";
import { explanationText } from "@/lib/screening/report";

/** GET: every hit of a run as CSV, with its explanation, decision and list version (formula-safe). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requirePermission("data:read", request);
    const run = await requireRun((await params).id);
    const hits = await hitsWithDecisions(run.id, new Date());
    const explanations = await explanationsOfRun(run.id);
    const rows = hits.map((h) => [
      h.partyName,
      h.partyKind,
      h.partyCountry ?? "",
      h.band,
      h.score,
      h.listedName,
      h.matchedName,
      h.sourceCode,
      h.countries,
      h.decision,
      explanationText(explanations.get(h.matchId)!),
      run.listLabel,
    ]);
    const csv = toSafeCsv(
      [
        "party",
        "party_kind",
        "party_country",
        "band",
        "score",
        "listed_name",
        "matched_name",
        "list",
        "listed_countries",
        "decision",
        "explanation",
        "list_version",
      ],
      rows,
    );
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="screening-${run.id}.csv"`,
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
