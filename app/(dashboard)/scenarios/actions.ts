"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { saveScenario } from "@/lib/data/scenarios";
import { AppError } from "@/lib/errors";

const schema = z.object({ name: z.string().trim().min(1, "Name the scenario.").max(120), params: z.string().max(20_000) });

export const saveScenarioAction = validatedAction("scenarios:save", schema, async ({ name, params }, actor) => {
  let raw: unknown;
  try {
    raw = JSON.parse(params);
  } catch {
    throw new AppError("INVALID_INPUT", "The scenario could not be read: reload the page.");
  }
  const saved = await saveScenario(name, raw, { id: actor.id, email: actor.email });
  revalidatePath("/scenarios");
  return `Saved “${name}” as version ${saved.version}.`;
});
