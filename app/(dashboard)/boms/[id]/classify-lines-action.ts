"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { classifyLines } from "@/lib/operations/classify-lines";

const schema = z.object({
  bomId: z.string().min(1),
  // the selected lines' ids, comma-separated (one hidden field: FormData entries collapse repeated names)
  lineIds: z
    .string()
    .trim()
    .min(1, "Select at least one line.")
    .regex(/^\d+(,\d+)*$/, "Line ids, comma-separated.")
    .transform((v) => v.split(",").map(Number))
    .refine((ids) => ids.length <= 20_000, "At most 20,000 lines at once."),
  eccn: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(EAR99|[0-9][A-E][0-9]{3}(\.[A-Z0-9]+)*)$/i, "An ECCN such as 3A090.a or EAR99.")
    .transform((v) => v.replace(/\.([A-Z0-9]+)/g, (m) => m.toLowerCase())),
  note: z.string().trim().min(3, "Say why: a note is required.").max(2000),
});

export const classifyLinesAction = validatedAction("boms:override", schema, async (input, actor) => {
  const { count } = await classifyLines(input, { id: actor.id, email: actor.email });
  revalidatePath(`/boms/${input.bomId}`);
  return `${count} line${count === 1 ? "" : "s"} classified ${input.eccn}; the next check uses it.`;
});
