"use client";
// A running party screen: polls its progress and refreshes the page when it has finished.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

type Progress = { status: string; processed: number; partyCount: number; error: string | null };

export function RunProgress({ runId, initial }: { runId: string; initial: Progress }) {
  const router = useRouter();
  const [p, setP] = useState(initial);
  useEffect(() => {
    if (p.status !== "running") return;
    // a poll that meets a network error is tried again on the next tick
    const poll = async () => {
      const res = await fetch(`/api/v1/screening/runs/${runId}`, { cache: "no-store" }).catch(() => null);
      if (!res?.ok) return;
      const next = (await res.json()) as Progress;
      setP(next);
      if (next.status !== "running") {
        clearInterval(timer);
        router.refresh();
      }
    };
    const timer = setInterval(() => void poll(), 700);
    return () => clearInterval(timer);
  }, [runId, p.status, router]);
  const pct = p.partyCount ? Math.round((p.processed / p.partyCount) * 100) : 100;
  if (p.status === "failed")
    return (
      <p role="alert" className="error-text">
        The screening run failed: {p.error}
      </p>
    );
  return (
    <div className="progress-row">
      <div
        className="progress"
        role="progressbar"
        aria-label="Screening progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="small" role="status">
        {p.status === "running"
          ? `Screening ${p.processed.toLocaleString("en-US")} of ${p.partyCount.toLocaleString("en-US")} parties…`
          : `Screened ${p.processed.toLocaleString("en-US")} parties.`}
      </span>
    </div>
  );
}
