"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { decideQuarantined } from "@/lib/data/list-versions";

const schema = z.object({ versionId: z.string().min(1), decision: z.enum(["approve", "reject"]) });

export const decideVersionAction = validatedAction("lists:approve", schema, async ({ versionId, decision }, actor) => {
  const r = await decideQuarantined(versionId, decision, { id: actor.id, email: actor.email });
  revalidatePath("/imports");
  revalidatePath(`/imports/lists/${versionId}`);
  return `${r.label} is now ${r.after}.`;
});
