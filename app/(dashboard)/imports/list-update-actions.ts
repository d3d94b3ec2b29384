"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { updateLists } from "@/lib/operations/update-lists";

/**
 * An admin's "Update lists now": the download and import run in the background (they can take minutes on a
 * slow link); the Overview follows its progress through the list_update row and shows the result.
 */
export const updateListsNowAction = validatedAction("lists:update", z.object({}), async (_input, actor) => {
  const started = new Promise<string>((resolve) => {
    void updateLists({
      trigger: "admin",
      actor: { id: actor.id, email: actor.email },
      onProgress: (p) => {
        if (p.phase !== "connecting") resolve("started");
      },
    })
      .then((r) => resolve(r.updateId ? "finished" : r.message))
      .catch((e: unknown) => {
        console.error("list update failed", e);
        resolve(`failed: ${(e as Error).message ?? e}`);
      });
  });
  const state = await Promise.race([started, new Promise<string>((r) => setTimeout(() => r("started"), 1500))]);
  revalidatePath("/");
  if (state === "started") return "Update started: its progress and result show below.";
  if (state === "finished") return "Update finished: its result shows below.";
  return state;
});
