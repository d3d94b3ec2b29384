import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { freshnessJson, listFreshnessAt } from "@/lib/data/list-update-status";
import { errorResponse, jsonResponse } from "@/lib/http/responses";
import { readJsonBody } from "@/lib/http/json-body";
import { mutation } from "@/lib/http/mutation";
import { chargeApi } from "@/lib/security/api-limit";
import { recordDetermination } from "@/lib/operations/record-determination";
import { checkBomLines, toDeterminationReport } from "@/lib/operations/check-bom-lines";
import { rawLine } from "@/lib/boms/raw-line";

const MAX_BODY_BYTES = 5 * 1024 * 1024;
const DECIMAL = /^\d+(\.\d{1,4})?$/;
/** A JSON number as the decimal text it was written as (12.5 -> "12.5"); rawLine refuses more than 4 places. */
const decimalText = (v: number | string) => (typeof v === "string" ? v : String(v));

const line = z
  .object({
    manufacturer: z.string().max(200).nullish(),
    mpn: z.string().max(200).nullish(),
    description: z.string().max(1000).nullish(),
    quantity: z.number().int().min(0).default(1),
    // decimal text ("12.50") is exact; a JSON number is taken as written, to at most 4 decimal places
    unitPrice: z
      .union([z.number().min(0), z.string()])
      .refine((v) => DECIMAL.test(String(v)), "a price such as 12.50, at most 4 decimal places")
      .nullish(),
    currency: z.string().max(3).nullish(),
    eccn: z.string().max(40).nullish(),
    countryOfOrigin: z.string().length(2).nullish(),
    usContentPct: z.number().min(0).max(100).nullish(),
    // a direct product of US technology or software, or made by a plant that is (15 CFR 734.9)
    usTechProduct: z.enum(["yes", "no", "unknown"]).nullish(),
  })
  .strict(); // a misspelt field ("qty") must not silently become the default
const body = z
  .object({
    bomId: z.string().optional(),
    lines: z.array(line).min(1).max(100_000).optional(),
    buyer: z.object({
      partyId: z.string().nullish(),
      name: z.string().max(500).nullish(),
      hqCountry: z.string().max(2).nullish(),
    }),
    destination: z.string().min(2).max(5),
    shipFrom: z.string().length(2).default("US"),
    date: z.iso.date().optional(),
  })
  .refine((b) => !!b.bomId !== !!b.lines, {
    message: "Give either bomId (a stored BOM, recorded) or lines (checked, not stored).",
  });

/**
 * POST /api/v1/determinations (and its alias /api/determinations): which lines of a BOM (stored, by id, or given inline) are blocked or need a
 * licence for this buyer, destination and date. A stored BOM's determination is recorded and audited.
 */
async function post(request: Request) {
  try {
    const user = await requirePermission("boms:check", request);
    const b = await readJsonBody(request, body, MAX_BODY_BYTES);
    chargeApi(user.id, request.headers, 1); // a BOM check counts as one name: up to 100,000 lines is one request
    const req = {
      buyer: b.buyer,
      destination: b.destination,
      shipFrom: b.shipFrom,
      asOf: b.date ?? new Date().toISOString().slice(0, 10),
    };
    if (b.bomId) {
      const r = await recordDetermination(b.bomId, req, { id: user.id, email: user.email });
      const listFreshness = freshnessJson(r.lists.csl ? await listFreshnessAt(r.lists.csl.id, new Date()) : null);
      return jsonResponse({ determinationId: r.determinationId, ...toDeterminationReport(r), listFreshness });
    }
    const r = await checkBomLines(
      b.lines!.map((l, i) =>
        rawLine({ ...l, unitPrice: l.unitPrice == null ? null : decimalText(l.unitPrice) }, i + 1),
      ),
      req,
    );
    const listFreshness = freshnessJson(r.lists.csl ? await listFreshnessAt(r.lists.csl.id, new Date()) : null);
    return jsonResponse({ ...toDeterminationReport(r), listFreshness });
  } catch (e) {
    return errorResponse(e);
  }
}

export const POST = mutation({ body: "json", maxBytes: MAX_BODY_BYTES }, post);
