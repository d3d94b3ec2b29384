"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { overrideClassification } from "@/lib/operations/override-classification";

const schema = z.object({
  bomId: z.string().min(1),
  bomLineId: z.coerce.number().int().min(1),
  eccn: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(EAR99|[0-9][A-E][0-9]{3}(\.[A-Z0-9]+)*)$/i, "An ECCN such as 3A090.a or EAR99.")
    .transform((v) => v.replace(/\.([A-Z0-9]+)/g, (m) => m.toLowerCase())),
  note: z.string().trim().min(3, "Say why: a note is required.").max(2000),
});

export const overrideAction = validatedAction("boms:override", schema, async (input, actor) => {
  await overrideClassification(
    { bomLineId: input.bomLineId, eccn: input.eccn, note: input.note },
    { id: actor.id, email: actor.email },
  );
  revalidatePath(`/boms/${input.bomId}`);
  return `Line classified ${input.eccn}; the next check uses it.`;
});
