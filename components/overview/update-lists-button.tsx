"use client";
import { useEffect, useActionState } from "react";
import { useRouter } from "next/navigation";
import { idleResult, type ActionResult } from "@/lib/actions/action-result";
import { ActionMessage } from "@/components/ui/action-message";

export function UpdateListsButton({
  action,
  disabled,
}: {
  action: (p: ActionResult, f: FormData) => Promise<ActionResult>;
  disabled: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  return (
    <form action={formAction} className="toolbar no-print">
      <button className="button" type="submit" disabled={pending || disabled}>
        Update lists now
      </button>
      <ActionMessage state={state} okClassName="small" />
    </form>
  );
}

/** While an update runs, the server-rendered panel is fetched again every two seconds to show its progress. */
export function RefreshWhileRunning({ running }: { running: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(t);
  }, [running, router]);
  return null;
}
