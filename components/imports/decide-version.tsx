"use client";
import { useActionState } from "react";
import { idleResult, type ActionResult } from "@/lib/actions/action-result";
import { ActionMessage } from "@/components/ui/action-message";

export function DecideVersion({
  versionId,
  action,
}: {
  versionId: string;
  action: (p: ActionResult, f: FormData) => Promise<ActionResult>;
}) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  return (
    <form action={formAction} className="stack" aria-label="Decide on this version">
      <input type="hidden" name="versionId" value={versionId} />
      <label>
        Reason (required to approve: why these changes are safe to put in force)
        <textarea name="reason" rows={3} maxLength={2000} />
      </label>
      <div className="toolbar">
        {/* rejecting is the safe choice, so it is the primary button; approving overrides the gates */}
        <button className="button" type="submit" name="decision" value="reject" disabled={pending}>
          Reject
        </button>
        <button className="button secondary" type="submit" name="decision" value="approve" disabled={pending}>
          Approve and make current
        </button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
