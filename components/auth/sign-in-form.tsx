"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/auth/client";
import { safeNext } from "@/lib/auth/safe-next";
import { FormAlert } from "@/components/ui/action-message";

export function SignInForm({ next }: { next?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setPending(false);
    if (failure) {
      // The same words for an unknown email and a wrong password: no hint whether the account exists.
      setError(
        failure.status === 429
          ? "Too many sign-in attempts. Wait a minute and try again."
          : failure.status === 403
            ? "This account is disabled: ask an administrator."
            : "Email or password is incorrect.",
      );
      return;
    }
    router.replace(safeNext(next));
    router.refresh();
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required autoFocus />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <FormAlert message={error} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
