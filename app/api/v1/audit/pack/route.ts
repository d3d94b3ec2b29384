import { requirePermission } from "@/lib/auth/session";
import { determinationPack, partyPack } from "@/lib/data/audit-pack";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http/responses";

/** GET ?determination=<id> or ?party=<id>: the audit pack for one BOM check or one party, as a JSON file. */
export async function GET(request: Request) {
  try {
    await requirePermission("audit:read", request);
    const q = new URL(request.url).searchParams;
    const determination = q.get("determination");
    const party = q.get("party");
    if (!determination === !party)
      throw new AppError("INVALID_INPUT", "Ask for one pack: ?determination=<id> or ?party=<id>.");
    const pack = determination ? await determinationPack(determination) : await partyPack(party!);
    return jsonResponse(pack, {
      headers: {
        "content-disposition": `attachment; filename="audit-pack-${determination ? `determination-${determination}` : `party-${party}`}.json"`,
      },
    });
  } catch (e) {
    return errorResponse(e);
  }
}
