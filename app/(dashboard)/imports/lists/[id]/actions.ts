"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { rescreenParties } from "@/lib/operations/rescreen-parties";
import { decideQuarantined } from "@/lib/operations/decide-list-version";

const schema = z.object({
  versionId: z.string().min(1),
  decision: z.enum(["approve", "reject"]),
  reason: z.string().max(2000).optional().default(""),
});

export const decideVersionAction = validatedAction(
  "lists:approve",
  schema,
  async ({ versionId, decision, reason }, actor) => {
    const r = await decideQuarantined(versionId, decision, { id: actor.id, email: actor.email }, reason);
    // an approved version is now in force: re-screen the stored parties in the background (the screening page shows progress)
    if (r.after === "current") void rescreenParties({ id: actor.id, email: actor.email });
    revalidatePath("/imports");
    revalidatePath(`/imports/lists/${versionId}`);
    return r.after === "current"
      ? `${r.label} is now the version in force; the stored parties are being screened against it.`
      : `${r.label} was rejected; the version in force is unchanged.`;
  },
);
