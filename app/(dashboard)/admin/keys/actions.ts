"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { roles } from "@/lib/auth/roles";
import { API_KEY_DEFAULT_DAYS, API_KEY_MAX_DAYS } from "@/lib/auth/api-key-policy";
import { createApiKey } from "@/lib/operations/create-api-key";
import { revokeApiKey } from "@/lib/operations/revoke-api-key";

const createKeySchema = z.object({
  userId: z.string().min(1, "Choose the key's owner"),
  label: z.string().trim().min(1, "Give the key a label, e.g. what uses it").max(120),
  role: z.enum(roles),
  days: z.coerce
    .number()
    .int("Whole days")
    .min(1, "At least 1 day")
    .max(API_KEY_MAX_DAYS, `At most ${API_KEY_MAX_DAYS} days`)
    .default(API_KEY_DEFAULT_DAYS),
});

export const createKeyAction = validatedAction("users:manage", createKeySchema, async (input, actor) => {
  const created = await createApiKey(input.userId, input.label, input.role, {
    days: input.days,
    actor: { id: actor.id, email: actor.email },
  });
  revalidatePath("/admin/keys");
  return {
    message: `Created the key ${created.prefix}… (${input.role}, expires ${created.expiresAt.toISOString().slice(0, 10)}). Copy it now: it is shown only this once.`,
    secret: created.key,
  };
});

const revokeSchema = z.object({ keyId: z.string().min(1) });

export const revokeKeyAction = validatedAction("users:manage", revokeSchema, async ({ keyId }, actor) => {
  const r = await revokeApiKey(keyId, { id: actor.id, email: actor.email });
  revalidatePath("/admin/keys");
  return `Revoked ${r.prefix}… (${r.owner}): it stopped working at once.`;
});
