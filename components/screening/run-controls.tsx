"use client";
import { useActionState } from "react";
import { idleResult, type ActionResult } from "@/lib/actions/action-result";
import { sourceGroupLabels, sourceGroups } from "@/lib/screening/sources";
import type { Thresholds } from "@/lib/screening/types";
import { ActionMessage } from "@/components/ui/action-message";

type Action = (p: ActionResult, f: FormData) => Promise<ActionResult>;

export function ScreenPartiesForm({ action, partyCount }: { action: Action; partyCount: number }) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  return (
    <form action={formAction} className="toolbar">
      <label className="small">
        Lists{" "}
        <select name="sources" defaultValue="all">
          {sourceGroups.map((g) => (
            <option key={g} value={g}>
              {sourceGroupLabels[g]}
            </option>
          ))}
        </select>
      </label>
      <button className="button" type="submit" disabled={pending || partyCount === 0}>
        Screen all {partyCount.toLocaleString("en-US")} parties
      </button>
      <ActionMessage state={state} okClassName="small" />
    </form>
  );
}

export function ThresholdsForm({ action, current }: { action: Action; current: Thresholds }) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  return (
    <form action={formAction} className="toolbar">
      <label className="small">
        Match at or above{" "}
        <input name="match" type="number" min={2} max={100} defaultValue={current.match} style={{ width: "5rem" }} />
      </label>
      <label className="small">
        Review at or above{" "}
        <input name="review" type="number" min={1} max={99} defaultValue={current.review} style={{ width: "5rem" }} />
      </label>
      <button className="button secondary" type="submit" disabled={pending}>
        Save thresholds
      </button>
      <ActionMessage state={state} okClassName="small" />
    </form>
  );
}
