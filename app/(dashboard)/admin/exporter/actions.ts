"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { addIsInformedLetter, setExporterName } from "@/lib/operations/save-exporter";
import { isInformedLetterSchema } from "@/lib/rules/is-informed-input";

export const setExporterNameAction = validatedAction(
  "users:manage",
  z.object({ name: z.string().trim().min(1, "Name the company that exports").max(200) }),
  async ({ name }, actor) => {
    const saved = await setExporterName(name, { id: actor.id, email: actor.email });
    revalidatePath("/admin/exporter");
    return `Checks now run for ${saved}: its is-informed letters apply.`;
  },
);

export const addLetterAction = validatedAction("users:manage", isInformedLetterSchema, async (letter, actor) => {
  const added = await addIsInformedLetter(letter, { id: actor.id, email: actor.email });
  revalidatePath("/admin/exporter");
  return `Recorded the letter to ${added.recipient} of ${added.issuedOn}: it applies to checks dated from then.`;
});
