import { requirePermission } from "@/lib/auth/session";
import { suggestParties } from "@/lib/data/party-lookup";
import { errorResponse, jsonResponse } from "@/lib/http/responses";

/** GET ?q=text: up to 20 stored parties whose name contains the text, as the forms' party picker shows them. */
export async function GET(request: Request) {
  try {
    await requirePermission("data:read", request);
    const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 200);
    return jsonResponse({ parties: await suggestParties(q) });
  } catch (e) {
    return errorResponse(e);
  }
}
