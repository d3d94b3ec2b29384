import "server-only";
// Every server action goes through here: the role is checked first, then the input is parsed with zod.
// Expected failures come back as values for the form; only bugs throw.
import { z } from "zod";
import { requirePermission, type SessionUser } from "../auth/session";
import type { Permission } from "../auth/roles";
import { isAppError } from "../errors";
import type { ActionResult } from "./action-result";

export type { ActionResult } from "./action-result";

export function validatedAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  fn: (input: z.infer<S>, user: SessionUser) => Promise<string | { message: string; secret: string }>,
) {
  return async (_prev: ActionResult, formData: FormData): Promise<ActionResult> => {
    let user: SessionUser;
    try {
      user = await requirePermission(permission);
    } catch (e) {
      if (isAppError(e)) return { ok: false, message: e.message };
      throw e;
    }
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return {
        ok: false,
        message: "Please correct the highlighted fields.",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      };
    }
    try {
      const out = await fn(parsed.data, user);
      return typeof out === "string"
        ? { ok: true, message: out }
        : { ok: true, message: out.message, secret: out.secret };
    } catch (e) {
      if (isAppError(e)) return { ok: false, message: e.message };
      throw e;
    }
  };
}
