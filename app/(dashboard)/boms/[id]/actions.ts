"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { recordDetermination } from "@/lib/operations/record-determination";
import { DESTINATION_CODE, DESTINATION_CODE_EXPECTED } from "@/lib/country-code";

const iso = z.string().trim().toUpperCase().regex(DESTINATION_CODE, `Expected ${DESTINATION_CODE_EXPECTED}.`);
const schema = z
  .object({
    bomId: z.string().min(1),
    partyId: z.string().optional(),
    buyerName: z.string().trim().max(500).optional(),
    hqCountry: z.union([z.literal(""), iso]).optional(),
    destination: iso,
    shipFrom: iso.default("US"),
    asOf: z.iso.date("A date such as 2024-06-01."),
  })
  .refine((v) => v.partyId || v.buyerName, { message: "Pick a party or type the buyer's name.", path: ["buyerName"] });

export const checkBomAction = validatedAction("boms:check", schema, async (input, actor) => {
  const r = await recordDetermination(
    input.bomId,
    {
      buyer: { partyId: input.partyId || null, name: input.buyerName || null, hqCountry: input.hqCountry || null },
      destination: input.destination,
      shipFrom: input.shipFrom,
      asOf: input.asOf,
    },
    { id: actor.id, email: actor.email },
  );
  redirect(`/boms/${input.bomId}/determinations/${r.determinationId}`);
});
