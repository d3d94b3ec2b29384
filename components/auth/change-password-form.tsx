"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/auth/client";
import { FormAlert } from "@/components/ui/action-message";

export function ChangePasswordForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword.length < 10) return setError("The new password needs at least 10 characters.");
    if (newPassword !== String(form.get("repeat") ?? "")) return setError("The two new passwords differ.");
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.changePassword({
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword,
      revokeOtherSessions: true,
    });
    setPending(false);
    if (failure)
      return setError(
        failure.status === 400 ? "The current password is incorrect." : "The password could not be changed.",
      );
    router.replace("/");
    router.refresh();
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <label>
        Current (temporary) password
        <input name="currentPassword" type="password" autoComplete="current-password" required autoFocus />
      </label>
      <label>
        New password
        <input name="newPassword" type="password" autoComplete="new-password" minLength={10} required />
      </label>
      <label>
        New password again
        <input name="repeat" type="password" autoComplete="new-password" minLength={10} required />
      </label>
      <FormAlert message={error} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save new password"}
      </button>
    </form>
  );
}
