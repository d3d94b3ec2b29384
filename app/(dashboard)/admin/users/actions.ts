"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { roles } from "@/lib/auth/roles";
import { appendAudit } from "@/lib/data/audit";
import { changeUserRole, createUser } from "@/lib/data/users";
import { AppError } from "@/lib/errors";

const changeRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(roles) });

export const changeRoleAction = validatedAction("users:manage", changeRoleSchema, async ({ userId, role }, actor) => {
  if (userId === actor.id) throw new AppError("INVALID_INPUT", "You cannot change your own role.");
  const change = await changeUserRole(userId, role);
  await appendAudit(
    { id: actor.id, email: actor.email },
    {
      action: "user.role-changed",
      entityType: "user",
      entityId: userId,
      before: { role: change.before },
      after: { role: change.after },
    },
  );
  revalidatePath("/admin/users");
  return `${change.email} is now ${role}.`;
});

const createUserSchema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(120),
  email: z.email("Enter an email address"),
  role: z.enum(roles),
  password: z.string().min(10, "At least 10 characters").max(200),
});

export const createUserAction = validatedAction("users:manage", createUserSchema, async (input, actor) => {
  const user = await createUser(input);
  await appendAudit(
    { id: actor.id, email: actor.email },
    { action: "user.created", entityType: "user", entityId: user.id, after: { email: user.email, role: user.role } },
  );
  revalidatePath("/admin/users");
  return `Created ${user.email} (${user.role}).`;
});
