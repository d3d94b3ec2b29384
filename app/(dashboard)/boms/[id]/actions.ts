"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { recordDetermination } from "@/lib/operations/record-determination";
import { partyIdForLabel } from "@/lib/data/party-lookup";
import { DESTINATION_CODE, DESTINATION_CODE_EXPECTED } from "@/lib/country-code";

const iso = z.string().trim().toUpperCase().regex(DESTINATION_CODE, `Expected ${DESTINATION_CODE_EXPECTED}.`);
const schema = z
  .object({
    bomId: z.string().min(1),
    party: z.string().trim().max(600).optional(),
    buyerName: z.string().trim().max(500).optional(),
    hqCountry: z.union([z.literal(""), iso]).optional(),
    destination: iso,
    shipFrom: iso.default("US"),
    asOf: z.iso.date("A date such as 2024-06-01."),
    // one "name=percent" a line, as check-bom --owner takes them
    owners: z
      .string()
      .optional()
      .transform((text, ctx) => {
        const owners: { name: string; percent: number }[] = [];
        for (const line of (text ?? "")
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean)) {
          const m = /^(.*\S)\s*=\s*(\d+(?:\.\d+)?)\s*%?$/.exec(line);
          const percent = m ? Number(m[2]) : NaN;
          if (!m || percent <= 0 || percent > 100) {
            ctx.addIssue({
              code: "custom",
              message: `"${line}": expected name=percent, a percent above 0 and at most 100`,
            });
            return z.NEVER;
          }
          owners.push({ name: m[1]!, percent });
        }
        return owners;
      }),
    ultimateParent: z.string().trim().max(500).optional(),
    ultimateParentHq: z.union([z.literal(""), iso]).optional(),
  })
  .refine((v) => v.party || v.buyerName, { message: "Pick a party or type the buyer's name.", path: ["buyerName"] });

export const checkBomAction = validatedAction("boms:check", schema, async (input, actor) => {
  const r = await recordDetermination(
    input.bomId,
    {
      buyer: {
        partyId: input.party ? await partyIdForLabel(input.party) : null,
        name: input.buyerName || null,
        hqCountry: input.hqCountry || null,
        ...(input.owners.length ? { owners: input.owners } : {}),
        ...(input.ultimateParent
          ? { ultimateParent: { name: input.ultimateParent, country: input.ultimateParentHq || null } }
          : {}),
      },
      destination: input.destination,
      shipFrom: input.shipFrom,
      asOf: input.asOf,
    },
    { id: actor.id, email: actor.email },
  );
  redirect(`/boms/${input.bomId}/determinations/${r.determinationId}`);
});
