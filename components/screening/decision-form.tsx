"use client";
import { useActionState } from "react";
import { idleResult, type ActionResult } from "@/lib/actions/action-result";
import { decisionKinds, decisionLabels } from "@/lib/screening/decisions";
import { SubmitRow } from "@/components/ui/action-message";

export function DecisionForm({
  matchId,
  expectedVersion,
  action,
}: {
  matchId: string;
  expectedVersion: number;
  action: (p: ActionResult, f: FormData) => Promise<ActionResult>;
}) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  const err = (f: string) => state.fieldErrors?.[f]?.join(" ");
  return (
    <form action={formAction} className="form-grid" aria-label="Record a decision">
      <input type="hidden" name="matchId" value={matchId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <fieldset>
        <legend>Decision</legend>
        {decisionKinds.map((k, i) => (
          <label key={k} style={{ display: "inline-flex", gap: ".3rem", marginRight: "1rem" }}>
            <input type="radio" name="decision" value={k} defaultChecked={i === 0} /> {decisionLabels[k]}
          </label>
        ))}
      </fieldset>
      <label>
        Note (required: why, and on what evidence)
        <textarea
          name="note"
          rows={3}
          required
          minLength={3}
          aria-invalid={!!err("note")}
          aria-describedby={err("note") ? "note-error" : undefined}
        />
        {err("note") ? (
          <span id="note-error" className="error-text">
            {err("note")}
          </span>
        ) : null}
      </label>
      <label>
        Expires on (optional: the hit reopens then)
        <input type="date" name="expiresOn" />
      </label>
      <SubmitRow label="Record decision" pending={pending} state={state} />
    </form>
  );
}
