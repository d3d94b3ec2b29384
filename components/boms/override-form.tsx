"use client";
import { useActionState } from "react";
import { idleResult, type ActionResult } from "@/lib/actions/action-result";
import { SubmitRow } from "@/components/ui/action-message";

export function OverrideForm({
  bomId,
  lines,
  action,
}: {
  bomId: string;
  lines: { id: number; label: string }[];
  action: (p: ActionResult, f: FormData) => Promise<ActionResult>;
}) {
  const [state, formAction, pending] = useActionState(action, idleResult);
  return (
    <form action={formAction} className="form-grid" aria-label="Classify a line">
      <input type="hidden" name="bomId" value={bomId} />
      <label>
        Line
        <select name="bomLineId" required>
          {lines.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        ECCN <input name="eccn" required placeholder="5A992.c" />
      </label>
      <label>
        Note (required: the evidence) <input name="note" required minLength={3} />
      </label>
      <SubmitRow label="Save classification" pending={pending} state={state} secondary />
    </form>
  );
}
