"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { AppError } from "@/lib/errors";
import { decisionKinds } from "@/lib/screening/decisions";
import { recordDecision } from "@/lib/operations/decide-hit";

const schema = z.object({
  matchId: z.string().min(1),
  decision: z.enum(decisionKinds),
  note: z.string().trim().min(3, "Say why: a note is required.").max(4000),
  expiresOn: z.union([z.literal(""), z.iso.date()]).optional(),
  expectedVersion: z.coerce.number().int().min(0),
  confirmClear: z.literal("on").optional(),
});

export const recordDecisionAction = validatedAction("screening:decide", schema, async (input, actor) => {
  const expiresAt = input.expiresOn ? new Date(`${input.expiresOn}T00:00:00Z`) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now())
    throw new AppError("INVALID_INPUT", "The expiry date must be in the future.");
  const r = await recordDecision(
    {
      matchId: input.matchId,
      decision: input.decision,
      note: input.note,
      expiresAt,
      expectedVersion: input.expectedVersion,
      confirmedClear: input.confirmClear === "on",
    },
    { id: actor.id, email: actor.email },
  );
  revalidatePath(`/screening/hits/${input.matchId}`);
  revalidatePath("/screening");
  return `Decision recorded (version ${r.version}).`;
});
