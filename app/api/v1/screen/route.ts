import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http/responses";
import { readJsonBody } from "@/lib/http/json-body";
import { toReport } from "@/lib/screening/report";
import { sourceGroups } from "@/lib/screening/sources";
import { mutation } from "@/lib/http/mutation";
import { chargeApi } from "@/lib/security/api-limit";
import { screenNames } from "@/lib/operations/screen-names";

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const MAX_NAMES = 5000;

const query = z.union([
  z
    .string()
    .trim()
    .min(1)
    .max(500)
    .transform((name) => ({ name, country: null, address: null })),
  z.object({
    name: z.string().trim().min(1).max(500),
    country: z.string().trim().max(2).nullish(),
    address: z.string().max(1000).nullish(),
  }),
]);
const body = z.object({
  names: z.array(query).min(1).max(MAX_NAMES),
  // screening against no list at all would answer "clear" for everyone: refused (fail closed)
  sources: z.array(z.enum(sourceGroups)).min(1).default(["all"]),
  limit: z.number().int().min(1).max(50).optional(),
});

/**
 * POST /api/v1/screen (and its alias /api/screen): screens names against the lists in force. A signed-in session or an API key
 * (Authorization: Bearer ck_...) whose role may read data. See docs/openapi.yaml.
 */
async function post(request: Request) {
  try {
    const user = await requirePermission("data:read", request);
    if (!request.headers.get("content-type")?.startsWith("application/json"))
      throw new AppError("INVALID_INPUT", "Send JSON (content-type: application/json).");
    const data = await readJsonBody(request, body, MAX_BODY_BYTES);
    chargeApi(user.id, request.headers, data.names.length);
    const { results, thresholds, lists } = await screenNames({
      queries: data.names,
      sources: data.sources,
      limit: data.limit,
    });
    return jsonResponse({ lists, thresholds, sources: data.sources, results: results.map(toReport) });
  } catch (e) {
    return errorResponse(e);
  }
}

export const POST = mutation({ body: "json", maxBytes: MAX_BODY_BYTES }, post);
