"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { savePart } from "@/lib/operations/save-part";

const optionalText = z
  .string()
  .trim()
  .max(500)
  .transform((v) => v || null);
const optionalNumber = z.union([z.literal(""), z.coerce.number().min(0)]).transform((v) => (v === "" ? null : v));
const schema = z.object({
  id: z.string().optional(),
  manufacturer: z.string().trim().min(1, "Required.").max(200),
  product: z.string().trim().min(1, "Required.").max(200),
  variant: optionalText,
  mpnPattern: optionalText,
  datacenter: z.enum(["yes", "no"]).transform((v) => v === "yes"),
  tpp: optionalNumber,
  dieAreaMm2: optionalNumber,
  eccn: optionalText,
  sources: optionalText,
});

export const savePartAction = validatedAction("parts:manage", schema, async (input, actor) => {
  await savePart({ ...input, id: input.id || undefined }, { id: actor.id, email: actor.email });
  revalidatePath("/boms/catalogue");
  return `Saved ${input.manufacturer} ${input.product}.`;
});
