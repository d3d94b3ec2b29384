import { requirePermission } from "@/lib/auth/session";
import { getDetermination } from "@/lib/data/determinations";
import { determinationListFreshness } from "@/lib/data/list-update-status";
import { toSafeCsv } from "@/lib/csv/safe-csv";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/responses";

/** GET: a determination's lines as CSV, with the buyer, destination, date, rule set and list version (formula-safe). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requirePermission("data:read", request);
    const d = await getDetermination((await params).id);
    if (!d) throw new AppError("NOT_FOUND", "No such determination.");
    const freshness = await determinationListFreshness(d.id);
    const header = [
      "bom",
      "buyer",
      "destination",
      "ship_from",
      "as_of",
      "rule_set",
      "list_version",
      "line",
      "manufacturer",
      "mpn",
      "description",
      "quantity",
      "status",
      "eccn",
      "eccn_source",
      "eccn_basis",
      "rule",
      "citation",
      "reason",
      "assumptions",
      "list_confirmed_current_on",
      "list_stale",
    ];
    const rows = d.lines.map((l) => [
      d.bomName,
      d.buyerName,
      d.destination,
      d.shipFrom,
      d.asOf,
      d.ruleSet.id,
      d.listLabel ?? "",
      l.lineNo,
      l.manufacturer,
      l.mpn,
      l.description,
      l.quantity,
      l.status,
      l.eccn,
      l.eccnSource ?? "",
      l.eccnWhy,
      l.ruleId,
      l.citation,
      l.reason,
      l.assumptions.join("; "),
      freshness?.asOf.slice(0, 10) ?? "",
      freshness ? (freshness.stale ? "yes" : "no") : "",
    ]);
    return new Response(toSafeCsv(header, rows), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="determination-${d.id}.csv"`,
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
