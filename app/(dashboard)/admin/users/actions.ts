"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { roleLabels, roles } from "@/lib/auth/roles";
import { createUser } from "@/lib/operations/create-user";
import { changeUserRole } from "@/lib/operations/change-user-role";
import { disableUser } from "@/lib/operations/disable-user";
import { enableUser } from "@/lib/operations/enable-user";
import { deleteUser } from "@/lib/operations/delete-user";
import { resetPassword } from "@/lib/operations/reset-password";

const changeRoleSchema = z.object({ userId: z.string().min(1), role: z.enum(roles) });

export const changeRoleAction = validatedAction("users:manage", changeRoleSchema, async ({ userId, role }, actor) => {
  const change = await changeUserRole(userId, role, { id: actor.id, email: actor.email });
  revalidatePath("/admin/users");
  return `${change.email}: role changed to ${roleLabels[role]}.`;
});

const createUserSchema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(120),
  email: z.email("Enter an email address"),
  role: z.enum(roles),
  password: z.string().min(10, "At least 10 characters").max(200),
});

export const createUserAction = validatedAction("users:manage", createUserSchema, async (input, actor) => {
  const user = await createUser(input, { id: actor.id, email: actor.email });
  revalidatePath("/admin/users");
  return `Created ${user.email} (${user.role}).`;
});

const userIdSchema = z.object({ userId: z.string().min(1) });

export const disableUserAction = validatedAction("users:manage", userIdSchema, async ({ userId }, actor) => {
  const r = await disableUser(userId, { id: actor.id, email: actor.email });
  revalidatePath("/admin/users");
  return `Disabled ${r.email}: their sessions ended and their API keys stopped working.`;
});

export const enableUserAction = validatedAction("users:manage", userIdSchema, async ({ userId }, actor) => {
  const r = await enableUser(userId, { id: actor.id, email: actor.email });
  revalidatePath("/admin/users");
  return `Enabled ${r.email}: they can sign in again.`;
});

const deleteSchema = z.object({
  userId: z.string().min(1),
  confirm: z.literal("delete", { message: 'Type "delete" to confirm' }),
});

export const deleteUserAction = validatedAction("users:manage", deleteSchema, async ({ userId }, actor) => {
  const r = await deleteUser(userId, { id: actor.id, email: actor.email });
  revalidatePath("/admin/users");
  return r.outcome === "deleted"
    ? `Deleted ${r.email}.`
    : `Anonymised ${r.email} instead of deleting: ${r.actedEntries} audit entries name them as the one who acted, and the audit trail cannot be changed. Their name and email are removed from the account, which can no longer sign in.`;
});

export const resetPasswordAction = validatedAction("users:manage", userIdSchema, async ({ userId }, actor) => {
  const r = await resetPassword(userId, { id: actor.id, email: actor.email });
  revalidatePath("/admin/users");
  return {
    message: `Temporary password for ${r.email}, shown once: give it to them; they must choose a new one when they sign in.`,
    secret: r.temporaryPassword,
  };
});
