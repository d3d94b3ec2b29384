"use client";
import { useActionState, useState } from "react";
import { idleResult, type FormAction } from "@/lib/actions/action-result";
import { clearingNeedsConfirmation, decisionKinds, decisionLabels, type DecisionKind } from "@/lib/screening/decisions";
import type { Band } from "@/lib/screening/types";
import { SubmitRow } from "@/components/ui/action-message";

/**
 * No decision is chosen for the officer (a note typed and Record pressed must not clear a hit by default), and
 * clearing a hit in the match band needs its own confirmation.
 */
export function DecisionForm({
  matchId,
  expectedVersion,
  band,
  action,
}: {
  matchId: string;
  expectedVersion: number;
  band: Band;
  action: FormAction;
}) {
  const [chosen, setChosen] = useState<DecisionKind | null>(null);
  const [state, formAction, pending] = useActionState(async (prev: Parameters<FormAction>[0], form: FormData) => {
    const result = await action(prev, form);
    // React resets the form after its action: the choice goes with it
    if (result.ok) setChosen(null);
    return result;
  }, idleResult);
  const confirming = chosen !== null && clearingNeedsConfirmation(band, chosen);
  const err = (f: string) => state.fieldErrors?.[f]?.join(" ");
  return (
    <form action={formAction} className="form-grid" aria-label="Record a decision">
      <input type="hidden" name="matchId" value={matchId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <fieldset>
        <legend>Decision</legend>
        {decisionKinds.map((k) => (
          <label key={k} style={{ display: "inline-flex", gap: ".3rem", marginRight: "1rem" }}>
            <input type="radio" name="decision" value={k} required onChange={() => setChosen(k)} /> {decisionLabels[k]}
          </label>
        ))}
      </fieldset>
      {confirming ? (
        <label className="alert">
          <input type="checkbox" name="confirmClear" required /> This hit is in the match band. I confirm the party is
          not the listed one, and clear it as a false positive.
        </label>
      ) : null}
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
