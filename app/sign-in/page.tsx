import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNext } from "@/lib/auth/safe-next";
import { appOrigins } from "@/lib/auth/origins";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const raw = (await searchParams).next;
  const next = typeof raw === "string" ? raw : undefined;
  if (await currentUser()) redirect(safeNext(next, appOrigins().baseURL));
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Sign in to Chokepoint</h1>
        <p className="muted small">Export-control supply-chain risk. Demo accounts are listed in the README.</p>
        <SignInForm next={next} />
      </div>
    </main>
  );
}
