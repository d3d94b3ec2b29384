"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { addLicence } from "@/lib/operations/add-licence";
import { partyIdForLabel } from "@/lib/data/party-lookup";
import { DESTINATION_CODE, DESTINATION_CODE_EXPECTED } from "@/lib/country-code";

const schema = z.object({
  number: z.string().trim().min(1, "Required.").max(60),
  party: z.string().trim().min(1, "Pick the party the licence names.").max(600),
  destination: z
    .union([
      z.literal(""),
      z.string().trim().toUpperCase().regex(DESTINATION_CODE, `Expected ${DESTINATION_CODE_EXPECTED}.`),
    ])
    .transform((v) => v || null),
  eccns: z.string().trim().min(1, "List the ECCNs it covers (comma-separated), or * for all.").max(500),
  validFrom: z.iso.date(),
  validTo: z.union([z.literal(""), z.iso.date()]).transform((v) => v || null),
  note: z
    .string()
    .trim()
    .max(2000)
    .transform((v) => v || null),
});

export const addLicenceAction = validatedAction("licences:manage", schema, async ({ party, ...input }, actor) => {
  await addLicence({ ...input, partyId: await partyIdForLabel(party) }, { id: actor.id, email: actor.email });
  revalidatePath("/boms/licences");
  return `Licence ${input.number} recorded.`;
});
