"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/validated-action";

export function DecideVersion({
  versionId,
  action,
}: {
  versionId: string;
  action: (p: ActionResult, f: FormData) => Promise<ActionResult>;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false, message: "" });
  return (
    <form action={formAction} className="toolbar">
      <input type="hidden" name="versionId" value={versionId} />
      <button className="button" type="submit" name="decision" value="approve" disabled={pending}>
        Approve and make current
      </button>
      <button className="button secondary" type="submit" name="decision" value="reject" disabled={pending}>
        Reject
      </button>
      {state.message ? (
        <span role={state.ok ? "status" : "alert"} className={state.ok ? "" : "error-text"}>
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
