import Link from "next/link";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Not allowed" };

export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<{ area?: string }> }) {
  const { area } = await searchParams;
  return (
    <main className="auth-page">
      <div className="auth-card" role="alert">
        <h1>Not allowed</h1>
        <p>
          Your role cannot open {area ? <strong>{area}</strong> : "this page"}. Ask an administrator if you need it.
        </p>
        <Link href="/">Back to the overview</Link>
      </div>
    </main>
  );
}
