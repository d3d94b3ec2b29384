import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/auth/change-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ChangePasswordPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Choose a new password</h1>
        <p className="muted small">
          {user.mustChangePassword
            ? "An administrator reset your password. Choose your own before you go on."
            : `Signed in as ${user.email}.`}
        </p>
        <ChangePasswordForm />
      </div>
    </main>
  );
}
