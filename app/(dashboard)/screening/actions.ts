"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { sourceGroups } from "@/lib/screening/sources";
import { setScreeningThresholds } from "@/lib/operations/set-screening-thresholds";
import { startPartyScreening } from "@/lib/operations/screen-parties";
import { thresholdsSchema } from "@/lib/screening/thresholds";

export const screenPartiesAction = validatedAction(
  "screening:run",
  z.object({ sources: z.enum(sourceGroups).default("all") }),
  async ({ sources }, actor) => {
    await startPartyScreening({
      trigger: "manual",
      actor: { id: actor.id, email: actor.email },
      sources: [sources],
    });
    revalidatePath("/screening");
    return "Screening started: its progress shows below, and the hits when it finishes.";
  },
);

export const setThresholdsAction = validatedAction("screening:configure", thresholdsSchema, async (t, actor) => {
  const saved = await setScreeningThresholds(t, { id: actor.id, email: actor.email });
  revalidatePath("/screening");
  return `Thresholds saved: match ≥ ${saved.match}, review ≥ ${saved.review}. They apply to screens from now on.`;
});
